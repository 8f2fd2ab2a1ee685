package vn.provportal.people.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.provportal.platform.InvalidInput;

/** Newsroom issue #13 item 5: provisioning showed Keycloak's raw JSON for a name with parentheses. */
class KeycloakRefusalTest {

    @Test
    void aRefusedNameIsExplainedInVietnameseWithoutJson() {
        InvalidInput refused = KeycloakRefusal.of("tạo người dùng", 400,
                "{\"field\":\"firstName\",\"errorMessage\":\"error-person-name-invalid-character\",\"params\":[\"firstName\"]}");
        assertEquals("Không thể tạo người dùng: Họ tên chứa ký tự không được phép — chỉ dùng chữ, khoảng trắng, dấu gạch"
                + " nối và dấu nháy, không dùng ngoặc, số hay ký hiệu", refused.messageVi());
        assertFalse(refused.messageVi().contains("{"));
    }

    @Test
    void aTakenUsernameAndAnUnknownAnswerAreNamed() {
        assertTrue(KeycloakRefusal.of("tạo người dùng", 409, "{\"errorMessage\":\"User exists with same username\"}")
                .messageVi().endsWith("Tên đăng nhập đã có người dùng"));
        InvalidInput odd = KeycloakRefusal.of("tạo nhóm", 500, "<html>Internal error</html>");
        assertEquals("Hệ thống đăng nhập Keycloak từ chối tạo nhóm (HTTP 500)", odd.messageVi());
    }
}
