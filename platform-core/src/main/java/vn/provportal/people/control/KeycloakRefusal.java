package vn.provportal.people.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Map;
import vn.provportal.platform.InvalidInput;

/**
 * What Keycloak's refusal means for the person at the console, in words: Keycloak answers with codes and field
 * names ({@code {"field":"firstName","errorMessage":"error-person-name-invalid-character"}}), which were shown raw.
 */
final class KeycloakRefusal {

    private static final Map<String, String> FIELDS = Map.of("firstName", "Họ tên", "lastName", "Họ tên",
            "username", "Tên đăng nhập", "email", "Email");

    private static final Map<String, String> REASONS = Map.of(
            "error-person-name-invalid-character", "chứa ký tự không được phép — chỉ dùng chữ, khoảng trắng, dấu gạch nối và"
                    + " dấu nháy, không dùng ngoặc, số hay ký hiệu",
            "error-invalid-email", "không phải một địa chỉ email hợp lệ",
            "error-invalid-length", "quá dài hoặc quá ngắn",
            "error-username-invalid-character", "chứa ký tự không được phép — chỉ dùng chữ thường không dấu, số, dấu chấm,"
                    + " gạch nối, gạch dưới",
            "User exists with same username", "đã có người dùng",
            "User exists with same email", "đã được một người dùng khác dùng",
            "User exists with same username or email", "đã có người dùng");

    private KeycloakRefusal() {
    }

    static InvalidInput of(String what, int status, String body) {
        String field = "";
        String code = "";
        try {
            JsonObject json = Json.createReader(new StringReader(body == null ? "" : body)).readObject();
            field = json.getString("field", "");
            code = json.getString("errorMessage", json.getString("error", ""));
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            // not JSON: only the status is known
        }
        String reason = REASONS.get(code);
        if (reason == null) {
            return InvalidInput.of("people.keycloak-refused", what, status, (code.isEmpty() ? "" : ": " + code), code);
        }
        String subject = FIELDS.getOrDefault(field, code.startsWith("User exists with same email") ? "Email"
                : code.startsWith("User exists") ? "Tên đăng nhập" : "Giá trị");
        return InvalidInput.of("people.keycloak-refused-2", what, subject, reason, (field.isEmpty() ? "" : field + " "), code);
    }
}
