package vn.provportal.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The Kubernetes manifests in {@code deploy/k8s} checked offline (no cluster runs here): each object is well
 * formed and in the namespace, what the nodes' probes and the edge ask for is what the nodes serve, services
 * select the pods that exist, the settings are the ones the applications read, and the data grid is fenced in.
 */
class ManifestsTest {

    private static final Path K8S = Path.of("k8s");

    @Test
    void everyObjectIsWellFormedAndInTheNamespace() throws IOException {
        List<Map<String, Object>> objects = objects();
        assertTrue(objects.size() >= 12, "objects: " + objects.size());
        for (Map<String, Object> object : objects) {
            assertTrue(object.get("apiVersion") instanceof String, object.toString());
            assertTrue(object.get("kind") instanceof String, object.toString());
            Map<String, Object> metadata = map(object, "metadata");
            assertTrue(String.valueOf(metadata.get("name")).matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?"), metadata.toString());
            if (!"Namespace".equals(object.get("kind"))) {
                assertEquals("provportal", metadata.get("namespace"), metadata.toString());
            }
        }
    }

    @Test
    void nodesAreProbedWhereTheyAnswerAndClusterThroughKubernetes() throws IOException {
        Map<String, Object> node = container(deployment("provportal-node"));
        assertEquals("/health/ready", map(map(node, "readinessProbe"), "httpGet").get("path"));
        assertEquals("/health/live", map(map(node, "livenessProbe"), "httpGet").get("path"));
        List<?> args = (List<?>) node.get("args");
        assertEquals("kubernetes:provportal,provportal-grid", args.get(args.indexOf("--clustermode") + 1));
        assertEquals("$(POD_IP)", args.get(args.indexOf("--interfaces") + 1), "the grid binds the pod's address only");
        String options = env(node).get("JDK_JAVA_OPTIONS");
        assertTrue(options.contains("-Declipselink.cache.coordination.protocol=" + PayaraServer.COORDINATION), options);
        assertTrue(options.contains("-Dhazelcast.socket.bind.any=false"), options);
    }

    @Test
    void servicesSelectPodsThatExist() throws IOException {
        Set<Object> podLabels = objects().stream().filter(o -> "Deployment".equals(o.get("kind")))
                .map(o -> map(map(map(map(o, "spec"), "template"), "metadata"), "labels").get("app"))
                .collect(Collectors.toSet());
        for (Map<String, Object> service : kind("Service")) {
            assertTrue(podLabels.contains(map(map(service, "spec"), "selector").get("app")), service.toString());
        }
        Map<String, Object> grid = kind("Service").stream()
                .filter(s -> "provportal-grid".equals(map(s, "metadata").get("name"))).findFirst().orElseThrow();
        assertEquals("None", map(grid, "spec").get("clusterIP"), "the grid is discovered through a headless service");
    }

    @Test
    void settingsAreTheOnesTheApplicationsReadAndSecretsAreSecrets() throws IOException {
        Set<String> known = Set.of("PROVPORTAL_DB_URL", "PROVPORTAL_DB_USER", "PROVPORTAL_DB_PASSWORD",
                "PROVPORTAL_KEYCLOAK_URL", "PROVPORTAL_ADMIN_URL", "PROVPORTAL_PORTAL_URL", "PROVPORTAL_DEMO",
                "PROVPORTAL_OIDC_CLIENT_SECRET", "PROVPORTAL_PROVISIONER_CLIENT_SECRET", "PROVPORTAL_FORM_SECRET",
                "PROVPORTAL_CLUSTER_NAME");
        Map<String, Object> config = map(kind("ConfigMap").stream()
                .filter(c -> "provportal-config".equals(map(c, "metadata").get("name"))).findFirst().orElseThrow(), "data");
        Map<String, Object> secret = map(kind("Secret").get(0), "stringData");
        for (String name : concat(config.keySet(), secret.keySet())) {
            assertTrue(known.contains(name), name + " is not a setting ProvPortal reads");
        }
        for (String sensitive : List.of("PROVPORTAL_DB_PASSWORD", "PROVPORTAL_OIDC_CLIENT_SECRET", "PROVPORTAL_FORM_SECRET")) {
            assertTrue(secret.containsKey(sensitive) && !config.containsKey(sensitive), sensitive + " belongs in the Secret");
        }
        assertEquals("false", config.get("PROVPORTAL_DEMO"), "no demo users in production");
    }

    @Test
    void theGridPortIsReachableOnlyFromTheNodes() throws IOException {
        Map<String, Object> policy = kind("NetworkPolicy").get(0);
        for (Object rule : (List<?>) map(policy, "spec").get("ingress")) {
            Map<?, ?> ingress = (Map<?, ?>) rule;
            Object port = ((Map<?, ?>) ((List<?>) ingress.get("ports")).get(0)).get("port");
            Object from = ((Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) ((List<?>) ingress.get("from")).get(0))
                    .get("podSelector")).get("matchLabels")).get("app");
            if (Integer.valueOf(6900).equals(port)) {
                assertEquals("provportal-node", from);
            }
        }
    }

    @Test
    void theEdgeCachesLikeTheLaunchersEdge() throws IOException {
        String edge = String.valueOf(map(kind("ConfigMap").stream()
                .filter(c -> "provportal-edge".equals(map(c, "metadata").get("name"))).findFirst().orElseThrow(), "data")
                .get("default.vcl"));
        String launcher = Files.readString(Path.of("edge/varnish.vcl"));
        for (String rule : List.of("if (req.url ~ \"^/admin\") {", "return (pass);", "set req.http.X-Forwarded-For = client.ip;",
                "return (synth(405", "if (!client.ip ~ nodes_only) {", "set beresp.grace = 24h;", "beresp.uncacheable = true;",
                "url = \"/health/ready\";")) {
            assertTrue(edge.contains(rule), "k8s edge: " + rule);
            assertTrue(launcher.contains(rule), "launcher's edge: " + rule);
        }
        assertFalse(edge.contains("@BACKENDS@"), "every placeholder is filled in");
    }

    private static List<String> concat(Set<String> a, Set<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static Map<String, String> env(Map<String, Object> container) {
        return ((List<?>) container.get("env")).stream().map(e -> (Map<?, ?>) e).filter(e -> e.get("value") != null)
                .collect(Collectors.toMap(e -> String.valueOf(e.get("name")), e -> String.valueOf(e.get("value"))));
    }

    private static Map<String, Object> container(Map<String, Object> deployment) {
        return asMap(((List<?>) map(map(map(deployment, "spec"), "template"), "spec").get("containers")).get(0));
    }

    private static Map<String, Object> deployment(String name) throws IOException {
        return kind("Deployment").stream().filter(d -> name.equals(map(d, "metadata").get("name"))).findFirst().orElseThrow();
    }

    private static List<Map<String, Object>> kind(String kind) throws IOException {
        return objects().stream().filter(o -> kind.equals(o.get("kind"))).toList();
    }

    private static List<Map<String, Object>> objects() throws IOException {
        List<Map<String, Object>> objects = new ArrayList<>();
        try (var files = Files.list(K8S)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                try (Reader in = Files.newBufferedReader(file)) {
                    for (Object document : new Yaml().loadAll(in)) {
                        objects.add(asMap(document));
                    }
                }
            }
        }
        return objects;
    }

    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        return asMap(parent.get(key));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        if (!(value instanceof Map)) {
            throw new AssertionError("expected a mapping, found " + value);
        }
        return (Map<String, Object>) value;
    }
}
