package vn.provportal.tenant.entity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantCodeTest {

    @Test
    void provinceCodesAreAccepted() {
        assertDoesNotThrow(() -> new TenantCode("hung-yen"));
        assertDoesNotThrow(() -> new TenantCode("ba-ria-vung-tau"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "Hung-Yen", "hưng-yên", "hung_yen", "-hung", "hung-", "1tinh", "admin",
            "static", "../etc", "hung yen"})
    void malformedOrReservedCodesAreRefused(String code) {
        assertThrows(IllegalArgumentException.class, () -> new TenantCode(code));
        assertFalse(TenantCode.isWellFormed(code) && code.length() >= 2);
    }

    @Test
    void codesOfTwoToFortyCharactersAreAcceptedAndTheConstructorAgreesWithTheCheck() {
        for (String ok : new String[] {"hy", "a" + "b".repeat(39), "ba-ria-vung-tau", "tinh1"}) {
            assertDoesNotThrow(() -> new TenantCode(ok), ok);
            org.junit.jupiter.api.Assertions.assertTrue(TenantCode.isWellFormed(ok), ok);
        }
        String fortyOne = "a".repeat(41);
        assertThrows(IllegalArgumentException.class, () -> new TenantCode(fortyOne));
        assertFalse(TenantCode.isWellFormed(fortyOne));
        assertFalse(TenantCode.isWellFormed(null));
        assertFalse(TenantCode.isWellFormed("rss"), "reserved");
        org.junit.jupiter.api.Assertions.assertEquals("hung-yen", new TenantCode("hung-yen").toString());
    }

    @Test
    void addressesOfOneToTwoHundredCharacters() {
        vn.provportal.content.entity.Slug longest = new vn.provportal.content.entity.Slug("a".repeat(200));
        org.junit.jupiter.api.Assertions.assertEquals("a".repeat(200), longest.toString());
        assertThrows(IllegalArgumentException.class, () -> new vn.provportal.content.entity.Slug("a".repeat(201)));
        org.junit.jupiter.api.Assertions.assertTrue(vn.provportal.content.entity.Slug.isWellFormed("a".repeat(200)));
        for (String bad : new String[] {"a".repeat(201), "", "Tin-moi", "tin--moi", "-tin", "tin moi"}) {
            assertFalse(vn.provportal.content.entity.Slug.isWellFormed(bad), bad);
        }
        assertFalse(vn.provportal.content.entity.Slug.isWellFormed(null));
    }
}
