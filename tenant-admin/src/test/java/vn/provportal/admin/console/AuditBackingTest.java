package vn.provportal.admin.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Newsroom issue #13 item 10: the audit log showed {@code 0:0:0:0:0:0:0:1} for a sign-in from this machine. */
class AuditBackingTest {

    @Test
    void addressesAreWrittenAsPeopleWriteThem() {
        assertEquals("::1", AuditBacking.address("0:0:0:0:0:0:0:1"));
        assertEquals("fe80::1:2:3:4", AuditBacking.address("fe80:0:0:0:1:2:3:4"));
        assertEquals("2001:db8::", AuditBacking.address("2001:db8:0:0:0:0:0:0"));
        assertEquals("113.160.1.5", AuditBacking.address("113.160.1.5"));
        assertEquals(null, AuditBacking.address(null));
    }
}
