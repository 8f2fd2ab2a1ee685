package vn.provportal.tenant.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.provportal.platform.InvalidInput;

/** A province's life as the ministry runs it: active, suspended and resumed, archived, merged into another. */
class TenantTest {

    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

    private static Tenant province(String code) {
        return new Tenant(new TenantCode(code), "Công an tỉnh " + code, "Police of " + code, Theme.policeRed(), NOW);
    }

    @Test
    void suspendedResumedArchivedOnlyFromTheRightState() {
        Tenant hy = province("hung-yen");
        assertTrue(hy.isServing());
        hy.suspend();
        assertFalse(hy.isServing());
        assertEquals(TenantStatus.SUSPENDED, hy.getStatus());
        assertThrows(InvalidInput.class, hy::suspend, "not twice");
        hy.resume();
        assertTrue(hy.isServing());
        assertThrows(InvalidInput.class, hy::resume, "only a suspended province resumes");
        hy.archive();
        assertEquals(TenantStatus.ARCHIVED, hy.getStatus());
        assertFalse(hy.isServing());
        assertThrows(InvalidInput.class, hy::archive, "not twice");
        assertThrows(InvalidInput.class, hy::resume);
    }

    @Test
    void aMergedProvinceNamesWhereItWentAndCannotBeArchived() {
        Tenant tb = province("thai-binh");
        tb.mergedInto(province("hung-yen"), NOW);
        assertTrue(tb.isMerged());
        assertFalse(tb.isServing());
        assertEquals("hung-yen", tb.getMergedInto());
        assertEquals(NOW, tb.getMergedAt());
        assertThrows(InvalidInput.class, tb::archive);
        assertFalse(province("ninh-binh").isMerged());
    }

    @Test
    void hostnamesAreKeptLowerCaseWithoutSpacesAndNamesComposed() {
        Tenant hy = province("hung-yen");
        hy.addHostname("  CongAn.HungYen.GOV.vn ");
        hy.addHostname("congan.hungyen.gov.vn");
        assertEquals(Set.of("congan.hungyen.gov.vn"), hy.getHostnames());
        Tenant decomposed = new Tenant(new TenantCode("bac-ninh"), java.text.Normalizer.normalize("Công an tỉnh Bắc Ninh",
                java.text.Normalizer.Form.NFD), "Bac Ninh Police", Theme.policeRed(), NOW);
        assertEquals("Công an tỉnh Bắc Ninh", decomposed.getNameVi());
        Theme blue = new Theme(Theme.BLUE, "#0d47a1", "#ffc107", "Số 1 đường A", "113");
        hy.changeTheme(blue);
        assertEquals(Theme.BLUE, hy.getTheme().getKey());
    }

    @Test
    void aThemeWithTheProvincesOwnImagesKeepsItsColours() {
        Theme red = Theme.policeRed();
        assertEquals(Theme.POLICE_RED, red.getKey());
        assertEquals("#b71c1c", red.getPrimaryColor());
        assertEquals("#f9a825", red.getSecondaryColor());
        assertEquals("sidebar-right", red.getLayout());
        Theme own = red.withDetails("1".repeat(64), "2".repeat(64), "Giấy phép số 12/GP-BTTTT", "single-column");
        assertEquals("#b71c1c", own.getPrimaryColor());
        assertEquals("1".repeat(64), own.getLogoSha256());
        assertEquals("2".repeat(64), own.getBannerSha256());
        assertEquals("Giấy phép số 12/GP-BTTTT", own.getLicenceLine());
        assertEquals("single-column", own.getLayout());
        assertEquals(null, red.getLogoSha256(), "the theme it came from is unchanged");
        Theme blue = new Theme(Theme.BLUE, "#0d47a1", "#ffc107", "Số 1 đường A", "113");
        assertEquals("Số 1 đường A", blue.getFooterAddress());
        assertEquals("113", blue.getHotline());
    }
}
