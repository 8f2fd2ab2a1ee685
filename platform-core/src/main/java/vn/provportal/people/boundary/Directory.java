package vn.provportal.people.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.provportal.people.control.KeycloakAdmin;
import vn.provportal.platform.InvalidInput;

/**
 * The provinces' groups and people in Keycloak: a province's groups made (or unmade, when provisioning fails
 * further on), people moved from one province to another by a merge. Settings are read at run time:
 * {@code provportal.keycloak.url}, {@code provportal.keycloak.realm}, {@code provportal.provisioner.client-id},
 * {@code provportal.provisioner.client-secret}.
 */
@ApplicationScoped
public class Directory {

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    private static final String PASSWORD_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private volatile KeycloakAdmin admin;

    KeycloakAdmin admin() {
        if (admin == null) {
            Config config = ConfigProvider.getConfig();
            admin = new KeycloakAdmin(new KeycloakAdmin.Settings(
                    config.getOptionalValue("provportal.keycloak.url", String.class).orElse("http://localhost:8180"),
                    config.getOptionalValue("provportal.keycloak.realm", String.class).orElse("portal"),
                    config.getOptionalValue("provportal.provisioner.client-id", String.class).orElse("provportal-provisioner"),
                    config.getOptionalValue("provportal.provisioner.client-secret", String.class).orElse("")));
        }
        return admin;
    }

    /** Creates {@code /tenants/<code>} and its three sub-groups; returns the new group's id. */
    public String createProvinceGroups(String code) {
        return createProvinceGroups(admin(), code);
    }

    /** The same through any administrator of the realm (also {@code ./deploy/province.sh}, outside the container). */
    public static String createProvinceGroups(KeycloakAdmin admin, String code) {
        String tenants = admin.groupByPath("tenants").orElseThrow(() -> InvalidInput.of("people.keycloak-has-no-tenants"));
        String province = admin.createChildGroup(tenants, code, "tenant", code);
        try {
            for (ProvinceRole role : ProvinceRole.values()) {
                String group = admin.createChildGroup(province, role.group, "tenant", code);
                admin.grantRealmRoles(group, role.realmRoles);
            }
            return province;
        } catch (RuntimeException e) {
            admin.deleteGroup(province);
            throw e;
        }
    }

    /** The id of the province's group, if Keycloak has one. */
    public java.util.Optional<String> provinceGroup(String code) {
        return admin().groupByPath("tenants/" + code);
    }

    public void deleteGroup(String groupId) {
        admin().deleteGroup(groupId);
    }

    /** The languages of the screens, Vietnamese first. */
    public static final List<String> LANGUAGES = List.of("vi", "en");

    /** The language ({@code vi}, {@code en}) a person chose for the screens, kept in Keycloak with the person. */
    public void setLanguage(String userId, String language) {
        if (!LANGUAGES.contains(language)) {
            throw InvalidInput.of("people.unsupported-language", language);
        }
        admin().setLocale(userId, language);
    }

    /** A person just created, with the temporary password to hand them (shown once, never stored). */
    public record Invited(String userId, String temporaryPassword) {
    }

    /**
     * A new person of {@code role} in the province, with a generated temporary password that Keycloak makes
     * them change at first sign-in.
     */
    public Invited createMember(String code, ProvinceRole role, NewPerson person) {
        String group = group(code, role);
        String password = temporaryPassword();
        String user = admin().createUser(person.username(), person.email(), person.name(), password);
        try {
            admin().join(user, group);
            return new Invited(user, password);
        } catch (RuntimeException e) {
            admin().deleteUser(user);
            throw e;
        }
    }

    private static String temporaryPassword() {
        StringBuilder password = new StringBuilder("Tam-");
        for (int i = 0; i < 14; i++) {
            password.append(PASSWORD_CHARS.charAt(RANDOM.nextInt(PASSWORD_CHARS.length())));
        }
        return password.toString();
    }

    public void deleteUser(String userId) {
        admin().deleteUser(userId);
    }

    /** Each person of the province with the role they hold there. */
    public List<Member> members(String code) {
        List<Member> members = new ArrayList<>();
        for (ProvinceRole role : ProvinceRole.values()) {
            admin().groupByPath(role.path(code)).ifPresent(group -> admin().members(group)
                    .forEach(p -> members.add(new Member(p, role))));
        }
        return members;
    }

    /** Moves someone of the province to another of its roles; someone of another province is not found. */
    public void changeRole(String code, String userId, ProvinceRole role) {
        Member member = member(code, userId);
        admin().join(userId, group(code, role));
        if (member.role() != role) {
            admin().leave(userId, group(code, member.role()));
        }
    }

    public void setEnabled(String code, String userId, boolean enabled) {
        member(code, userId);
        admin().setEnabled(userId, enabled);
    }

    /** Puts everyone of {@code source} into the same role of {@code target}; safe to repeat. */
    public int moveEveryone(String source, String target) {
        int moved = 0;
        for (ProvinceRole role : ProvinceRole.values()) {
            var from = admin().groupByPath(role.path(source));
            if (from.isEmpty()) {
                continue;
            }
            String to = group(target, role);
            for (KeycloakAdmin.Person person : admin().members(from.get())) {
                admin().join(person.id(), to);
                admin().leave(person.id(), from.get());
                moved++;
            }
        }
        return moved;
    }

    /** A person and the role they hold in a province. */
    public record Member(KeycloakAdmin.Person person, ProvinceRole role) {

        public KeycloakAdmin.Person getPerson() {
            return person;
        }

        public ProvinceRole getRole() {
            return role;
        }
    }

    private Member member(String code, String userId) {
        return members(code).stream().filter(m -> m.person().id().equals(userId)).findFirst()
                .orElseThrow(() -> InvalidInput.of("people.no-such-person-here"));
    }

    private String group(String code, ProvinceRole role) {
        return admin().groupByPath(role.path(code)).orElseThrow(() -> InvalidInput.of("people.keycloak-has-no-group", role.path(code)));
    }
}
