package vn.provportal.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * Secrets generated on the first run and kept under {@code PROVPORTAL_HOME} (readable by the owner only),
 * so that no secret is ever in the repository and a second run finds the same ones Keycloak imported.
 */
final class Secrets {

    /** Overridden by {@code PROVPORTAL_OIDC_CLIENT_SECRET}. */
    static final String OIDC_CLIENT_SECRET = "oidc.client-secret";
    /** Overridden by {@code PROVPORTAL_PROVISIONER_CLIENT_SECRET}. */
    static final String PROVISIONER_SECRET = "provisioner.client-secret";
    /** Overridden by {@code PROVPORTAL_STATISTICS_CLIENT_SECRET}: the demo public-service system's client. */
    static final String STATISTICS_SECRET = "statistics.client-secret";
    /** Overridden by {@code PROVPORTAL_CLUSTER_NAME}: the data grid's name, the only thing that keeps strangers out. */
    static final String CLUSTER_NAME = "cluster.name";
    /** Overridden by {@code PROVPORTAL_FORM_SECRET}: every node signs and checks the portal's form tokens with it. */
    static final String FORM_SECRET = "form.secret";
    /** The embedded database's account password; {@code PROVPORTAL_DB_PASSWORD} gives it instead (see StackConfig). */
    static final String DB_PASSWORD = "db.password";
    /** Overridden by {@code PROVPORTAL_KEYCLOAK_ADMIN_PASSWORD}. */
    static final String KEYCLOAK_ADMIN_PASSWORD = "keycloak.admin-password";

    private final Properties values;

    private Secrets(Properties values) {
        this.values = values;
    }

    static Secrets loadOrCreate(Path home) {
        Path file = home.resolve("secrets.properties");
        Properties values = new Properties();
        try {
            Files.createDirectories(home);
            if (Files.exists(file)) {
                try (Reader in = Files.newBufferedReader(file)) {
                    values.load(in);
                }
            }
            boolean changed = false;
            for (String key : new String[] {OIDC_CLIENT_SECRET, PROVISIONER_SECRET, STATISTICS_SECRET, KEYCLOAK_ADMIN_PASSWORD,
                    CLUSTER_NAME, FORM_SECRET, DB_PASSWORD}) {
                if (!values.containsKey(key)) {
                    values.setProperty(key, key.equals(CLUSTER_NAME) ? "provportal-" + random().substring(0, 16) : random());
                    changed = true;
                }
            }
            if (changed) {
                try (Writer out = Files.newBufferedWriter(file)) {
                    values.store(out, "ProvPortal secrets generated on first start; keep private");
                }
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            return new Secrets(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The secret, unless the environment gives it (an external Keycloak's client secret, say). */
    String get(String key) {
        String fromEnvironment = System.getenv("PROVPORTAL_" + key.replaceAll("[.-]", "_").toUpperCase(java.util.Locale.ROOT));
        return fromEnvironment != null && !fromEnvironment.isBlank() ? fromEnvironment : values.getProperty(key);
    }

    /** The value generated here, whatever the environment says. */
    String generated(String key) {
        return values.getProperty(key);
    }

    private static String random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
