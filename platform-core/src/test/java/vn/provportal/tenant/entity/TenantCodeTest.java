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
}
