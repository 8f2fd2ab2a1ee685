package vn.provportal.people.boundary;

import java.util.Locale;
import java.util.regex.Pattern;
import vn.provportal.platform.InvalidInput;
import vn.provportal.platform.TypedName;

/**
 * Someone about to get an account in a province — its first administrator, or a person an administrator
 * invites: a user name Keycloak accepts, an e-mail address, a display name. Checked on creation, with the
 * reason in Vietnamese.
 */
public record NewPerson(String username, String email, String name) {

    private static final Pattern USER = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public NewPerson {
        username = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USER.matcher(username).matches()) {
            throw InvalidInput.of("people.invalid-user-name");
        }
        email = email == null ? "" : email.strip();
        if (!EMAIL.matcher(email).matches()) {
            throw InvalidInput.of("people.invalid-e-mail");
        }
        name = TypedName.clean(name, "Họ tên", "Name");
    }
}
