package vn.provportal.redirect.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.provportal.platform.InvalidInput;

/** Where an unpublished article or a local menu link may lead: a page of the same portal, never another site. */
class LocalPathTest {

    @Test
    void aPathOfThePortalIsKeptNormalised() {
        assertEquals("/", new LocalPath("/").value());
        assertEquals("/tin-tuc/bai-moi", new LocalPath("/tin-tuc/bai-moi").value());
        assertEquals("/chuyen-muc/an-ninh?trang=2", new LocalPath("/chuyen-muc/an-ninh?trang=2").value());
        assertEquals("/tin-tuc/b", new LocalPath("/tin-tuc/./a/../b").value());
        assertTrue(LocalPath.isSafe("/tim-kiem?q=b%E1%BA%A3o+v%E1%BB%87"), "Vietnamese, percent-encoded");
    }

    @Test
    void everyWayABrowserReadsAsAnotherHostIsRefusedWithAMessage() {
        for (String attack : new String[] {"//attacker.example", "/\\attacker.example", "///attacker.example",
                "/%2F%2Fattacker.example", "/%2f/attacker.example", "/%5Cattacker.example", "/%09/attacker.example",
                "/\t/attacker.example", "/\n/attacker.example", "/%0D%0A/attacker.example", "/%252F%252Fattacker.example",
                "https://attacker.example", "javascript:alert(1)", "attacker.example", "", " /tin-tuc",
                "/\u200B/attacker.example", "/%E2%80%8B/attacker.example"}) {
            assertFalse(LocalPath.isSafe(attack), attack);
            InvalidInput refused = assertThrows(InvalidInput.class, () -> new LocalPath(attack), attack);
            assertTrue(refused.messageVi().startsWith("Trang chuyển tới phải là một đường dẫn trong cổng"), attack);
        }
        assertFalse(LocalPath.isSafe(null));
        assertFalse(LocalPath.isSafe("/" + "a".repeat(LocalPath.MAX_LENGTH)));
    }
}
