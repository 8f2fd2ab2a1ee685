package vn.provportal.admin.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProvinceClaimTest {

    @Test
    void tenantClaimNamesTheProvince() {
        assertEquals(Optional.of("hung-yen"), ProvinceClaim.of(Optional.of("hung-yen"), List.of()));
    }

    @Test
    void groupPathNamesTheProvinceWhenTheClaimIsAbsent() {
        assertEquals(Optional.of("thai-binh"),
                ProvinceClaim.of(Optional.empty(), List.of("/other", "/tenants/thai-binh/editors")));
    }

    @Test
    void ministryTokenHasNoProvince() {
        assertEquals(Optional.empty(), ProvinceClaim.of(Optional.empty(), List.of("/ministry")));
    }

    @Test
    void malformedValuesAreIgnored() {
        assertEquals(Optional.empty(), ProvinceClaim.of(Optional.of("../admin"), List.of("/tenants/")));
        assertEquals(Optional.empty(), ProvinceClaim.of(Optional.of("admin"), List.of("/tenants/ADMIN/x")));
    }
}
