package vn.provportal.privacy.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import vn.provportal.platform.InvalidInput;

/** A request's e-mail address as people type it, and as the audit log keeps it. */
class PersonalDataTest {

    @Test
    void anAddressIsFoundWhateverItsCaseAndSpacesAndAnythingElseIsRefused() {
        assertEquals("nguyen.hoa@gmail.com", PersonalData.address("  Nguyen.Hoa@GMAIL.com "));
        for (String wrong : new String[] {null, "", "nguyen.hoa", "hoa@gmail", "a b@gmail.com", "x".repeat(250) + "@a.vn"}) {
            InvalidInput refused = assertThrows(InvalidInput.class, () -> PersonalData.address(wrong), String.valueOf(wrong));
            assertEquals("privacy.give-email", refused.key());
        }
    }

    @Test
    void theAuditLogKeepsTheAddressMasked() {
        assertEquals("n***@gmail.com", PersonalData.masked("nguyen.hoa@gmail.com"));
    }
}
