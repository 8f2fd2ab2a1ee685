package vn.provportal.edge.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.provportal.tenant.entity.Tenant;
import vn.provportal.tenant.entity.TenantCode;
import vn.provportal.tenant.entity.Theme;

/** What one province's change drops from the edge: its pages, on every address citizens reach them by — no more. */
class EdgeBansTest {

    private final EdgeBans edge = new EdgeBans();

    @Test
    void aProvincesChangeDropsItsPrefixPagesAndEveryPageOfItsHostnames() {
        edge.portalHost = "congan.example.vn";
        Tenant hungYen = new Tenant(new TenantCode("hung-yen"), "Công an tỉnh Hưng Yên", "Hung Yen", Theme.policeRed(),
                Instant.now());
        hungYen.addHostname("hung-yen.localhost");
        List<EdgeBans.Ban> bans = edge.bansOf(hungYen);

        assertTrue(matches(bans, "congan.example.vn", "/hung-yen/tin-tuc/bai-viet"));
        assertTrue(matches(bans, "congan.example.vn", "/hung-yen"));
        assertTrue(matches(bans, "hung-yen.localhost", "/"));
        assertTrue(matches(bans, "hung-yen.localhost", "/tin-tuc/bai-viet"));
        assertFalse(matches(bans, "congan.example.vn", "/hung-yen-moi/"), "a province whose code starts the same");
        assertFalse(matches(bans, "congan.example.vn", "/thai-binh/tin-tuc/bai-viet"), "another province");
        assertFalse(matches(bans, "hung-yenxlocalhost", "/"), "the dot is a dot");
        assertFalse(matches(bans, "thai-binh.localhost", "/"));
        assertEquals(2, bans.size());
    }

    private static boolean matches(List<EdgeBans.Ban> bans, String host, String url) {
        return bans.stream().anyMatch(b -> Pattern.compile(b.hostPattern()).matcher(host).find()
                && Pattern.compile(b.urlPattern()).matcher(url).find());
    }
}
