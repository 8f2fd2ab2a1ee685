package vn.provportal.content.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class SearchScopeTest {

    @Test
    void theKeyIsWhatMariaDbComputesForTheIndexAndDiffersPerProvince() {
        // SELECT CONCAT('k', LEFT(MD5('hung-yen'), 8)) on MariaDB 11.4
        assertEquals("k74a197ba", SearchScope.of("hung-yen"));
        assertEquals("kacd97bd9", SearchScope.of("ha-noi"));
        assertNotEquals(SearchScope.of("hung-yen"), SearchScope.of("hung-yen-2"));
    }
}
