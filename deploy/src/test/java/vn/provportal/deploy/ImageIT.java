package vn.provportal.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The node's OCI image ({@code ./mvnw -Pimage}) as a container runtime would see it, without one: its layers
 * unpacked in order, the entrypoint's Java started with the image's own dynamic loader and libraries (nothing of
 * this machine's), and Payara Micro started by it.
 */
class ImageIT {

    private static final Path TAR = Path.of("target/provportal-node.tar");
    private static final Path ROOT = Path.of("target/image-it/root").toAbsolutePath();
    private static JsonObject config;

    @BeforeAll
    static void unpack() throws Exception {
        RunningStack.deleteRecursively(ROOT);
        Files.createDirectories(ROOT);
        Path image = ROOT.getParent().resolve("image");
        RunningStack.deleteRecursively(image);
        Files.createDirectories(image);
        run(List.of("tar", "xf", TAR.toAbsolutePath().toString(), "-C", image.toString()));
        JsonObject manifest = Json.createReader(new StringReader(Files.readString(image.resolve("manifest.json"))))
                .readArray().getJsonObject(0);
        for (JsonString layer : manifest.getJsonArray("Layers").getValuesAs(JsonString.class)) {
            run(List.of("tar", "xzf", image.resolve(layer.getString()).toString(), "-C", ROOT.toString(),
                    "--warning=no-unknown-keyword"));
        }
        config = Json.createReader(new StringReader(Files.readString(image.resolve(manifest.getString("Config")))))
                .readObject().getJsonObject("config");
    }

    @Test
    void theNodeRunsAsAnUnprivilegedUserWithBothApplications() throws Exception {
        assertEquals("1000", config.getString("User"));
        assertTrue(Files.readString(ROOT.resolve("etc/passwd")).contains(":1000:1000:"), "user 1000 is named");
        List<String> entrypoint = config.getJsonArray("Entrypoint").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
        assertEquals("/opt/java/bin/java", entrypoint.get(0));
        for (String file : List.of("/opt/provportal/payara-micro.jar", "/opt/provportal/ROOT.war", "/opt/provportal/admin.war")) {
            assertTrue(entrypoint.contains(file), file);
        }
        entrypoint.stream().filter(arg -> arg.startsWith("/opt/")).forEach(file ->
                assertTrue(Files.isRegularFile(ROOT.resolve(file.substring(1))), "in the image: " + file));
        assertTrue(config.getJsonObject("ExposedPorts").containsKey("8080/tcp"));
        for (String war : List.of("ROOT.war", "admin.war")) {
            assertEquals(sha256(Path.of(System.getProperty("stack.dir")).resolve(war)),
                    sha256(ROOT.resolve("opt/provportal").resolve(war)), war + " is the one this build made");
        }
        assertFalse(Files.exists(ROOT.resolve("opt/launcher-unused")), "the launcher is not in the image");
    }

    @Test
    void itsOwnJavaStartsPayaraMicro() throws Exception {
        String java = run(inImage("/opt/java/bin/java", "-version"));
        assertTrue(java.contains("17."), java);
        // Payara Micro ends --version with exit status 1 (6.2025.10); what it prints is what counts
        String payara = output(inImage("/opt/java/bin/java", "-jar", ROOT + "/opt/provportal/payara-micro.jar", "--version"));
        assertTrue(payara.contains("Payara Micro 6."), payara);
    }

    /** The image's program, loaded by the image's dynamic loader with the image's libraries only. */
    private static List<String> inImage(String program, String... args) {
        List<String> command = new ArrayList<>(List.of(ROOT + "/lib64/ld-linux-x86-64.so.2", "--inhibit-cache",
                "--library-path", ROOT + "/lib/x86_64-linux-gnu", ROOT + program));
        command.addAll(List.of(args));
        return command;
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = outputOf(process, command);
        assertEquals(0, process.exitValue(), command + ": " + output);
        return output;
    }

    private static String output(List<String> command) throws IOException, InterruptedException {
        return outputOf(new ProcessBuilder(command).redirectErrorStream(true).start(), command);
    }

    private static String outputOf(Process process, List<String> command) throws IOException, InterruptedException {
        String output;
        try (InputStream out = process.getInputStream()) {
            output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "finished: " + command);
        return output;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
