package vn.provportal.content.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A preview link shows a draft until it expires or is revoked, whichever comes first; revoking twice keeps the first. */
class PreviewLinkTest {

    private static final Instant MADE = Instant.parse("2026-12-01T02:00:00Z");

    @Test
    void openUntilItExpiresOrIsRevoked() {
        PreviewLink link = new PreviewLink(5, "h".repeat(64), "hy-editor", MADE, MADE.plusSeconds(3600));
        assertTrue(link.isOpenAt(MADE.plusSeconds(3599)));
        assertFalse(link.isOpenAt(MADE.plusSeconds(3600)), "closed at its expiry");
        link.revoke(MADE.plusSeconds(60));
        link.revoke(MADE.plusSeconds(120));
        assertFalse(link.isOpenAt(MADE.plusSeconds(61)));
        assertEquals(MADE.plusSeconds(60), link.getRevokedAt(), "the first revocation is the one recorded");
        assertEquals(MADE, link.getCreatedAt());
        assertEquals("hy-editor", link.getCreatedBy());
    }
}
