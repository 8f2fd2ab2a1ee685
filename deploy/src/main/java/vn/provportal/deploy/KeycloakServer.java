package vn.provportal.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak from its distribution zip (Maven Central), unpacked once under PROVPORTAL_HOME so its one-time
 * build and its dev-mode database survive restarts. The platform realm is imported on the first start;
 * its secrets and URLs come from environment placeholders, never from the repository.
 */
final class KeycloakServer {

    static final String REALM = "portal";
    private static final String REALM_RESOURCE = "/keycloak/portal-realm.json";

    private KeycloakServer() {
    }

    static ChildProcess start(StackConfig config, Secrets secrets) {
        Path dist = unpack(config);
        installRealm(dist);
        Map<String, String> env = Map.of(
                "JAVA_HOME", System.getProperty("java.home"),
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m",
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", secrets.get(Secrets.KEYCLOAK_ADMIN_PASSWORD),
                "PROVPORTAL_DEMO_PASSWORD", config.demoPassword(),
                "PROVPORTAL_OIDC_CLIENT_SECRET", secrets.get(Secrets.OIDC_CLIENT_SECRET),
                "PROVPORTAL_PROVISIONER_CLIENT_SECRET", secrets.get(Secrets.PROVISIONER_SECRET),
                "PROVPORTAL_STATISTICS_CLIENT_SECRET", secrets.get(Secrets.STATISTICS_SECRET),
                "PROVPORTAL_ADMIN_URL", config.adminUrl());
        List<String> command = List.of(dist.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + config.keycloakPort(), "--http-host=127.0.0.1", "--import-realm");
        return ChildProcess.start("Keycloak", command, env, dist, config.logs().resolve("keycloak.log"));
    }

    /** The Keycloak version the build placed in the stack folder, from the zip's name. */
    static String versionIn(Path stackDir) {
        try (var files = Files.list(stackDir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.startsWith("keycloak-") && n.endsWith(".zip"))
                    .map(n -> n.substring("keycloak-".length(), n.length() - ".zip".length()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no Keycloak zip in " + stackDir));
        } catch (IOException e) {
            throw new UncheckedIOException("no stack folder " + stackDir + "; build it with ./mvnw package", e);
        }
    }

    /** The provinces the realm import creates groups for (the demo provinces). */
    static Set<String> importedProvinces() {
        try (InputStream realm = KeycloakServer.class.getResourceAsStream(REALM_RESOURCE)) {
            return Json.createReader(realm).readObject().getJsonArray("groups").stream()
                    .map(JsonValue::asJsonObject).filter(g -> g.getString("name").equals("tenants"))
                    .flatMap(g -> g.getJsonArray("subGroups").stream())
                    .map(g -> g.asJsonObject().getString("name")).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void awaitReady(ChildProcess keycloak, StackConfig config) {
        keycloak.awaitReady(wellKnown(config), status -> status == 200, Duration.ofMinutes(5));
    }

    static String wellKnown(StackConfig config) {
        return config.keycloakUrl() + "/realms/" + REALM + "/.well-known/openid-configuration";
    }

    private static Path unpack(StackConfig config) {
        Path target = config.home().resolve("keycloak");
        Path dist = target.resolve("keycloak-" + config.keycloakVersion());
        if (Files.isExecutable(dist.resolve("bin/kc.sh"))) {
            return dist;
        }
        Path zip = config.stackDir().resolve("keycloak-" + config.keycloakVersion() + ".zip");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("zip entry outside target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                    if (out.getFileName().toString().endsWith(".sh")) {
                        out.toFile().setExecutable(true);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not unpack " + zip, e);
        }
        return dist;
    }

    private static void installRealm(Path dist) {
        Path target = dist.resolve("data/import/portal-realm.json");
        try (InputStream realm = KeycloakServer.class.getResourceAsStream(REALM_RESOURCE)) {
            Files.createDirectories(target.getParent());
            Files.copy(realm, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
