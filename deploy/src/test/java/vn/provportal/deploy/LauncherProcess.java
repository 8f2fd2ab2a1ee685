package vn.provportal.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code deploy/run.sh} as a user runs it: the launcher in its own JVM, configured only by {@code PROVPORTAL_*}
 * environment variables, its console captured in a file. Used by the tests that stop, crash and restart it.
 */
final class LauncherProcess {

    static final String RUNNING = "ProvPortal is running";

    private final Process process;
    private final Path console;

    private LauncherProcess(Process process, Path console) {
        this.process = process;
        this.console = console;
    }

    static LauncherProcess start(Map<String, String> environment, Path console) {
        Path deploy = Path.of(System.getProperty("stack.dir", "target/stack")).toAbsolutePath().getParent().getParent();
        String classpath = deploy.resolve("target/classes") + ":" + deploy.resolve("target/lib") + "/*";
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-Djava.io.tmpdir=/tmp", "-cp", classpath, Launcher.class.getName(),
                deploy.resolve("target/stack").toString())
                .redirectErrorStream(true).redirectOutput(console.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("PROVPORTAL_"));
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(console.getParent());
            return new LauncherProcess(builder.start(), console);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the banner; fails with the console's text if the launcher exits or takes too long. */
    LauncherProcess awaitRunning(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (console().contains(RUNNING)) {
                return this;
            }
            if (!process.isAlive()) {
                throw new AssertionError("the launcher exited with " + process.exitValue() + ":\n" + console());
            }
            sleep(500);
        }
        throw new AssertionError("no banner after " + timeout + ":\n" + console());
    }

    /** Waits for the launcher to give up by itself; returns its exit code. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the launcher did not exit:\n" + console());
        }
        return process.exitValue();
    }

    String console() {
        try {
            return Files.exists(console) ? Files.readString(console) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Payara Micro node {@code n} of a cluster started by this launcher. */
    ProcessHandle node(int n) {
        return servers().stream().filter(p -> p.info().arguments()
                .map(args -> String.join(" ", args).contains("--name node-" + n + " ")).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("no node " + n + " among " + servers()));
    }

    List<ProcessHandle> servers() {
        return process.descendants().toList();
    }

    /** Ctrl-C / SIGTERM: the launcher stops everything it started; returns what was running before. */
    List<ProcessHandle> terminate() throws InterruptedException {
        List<ProcessHandle> servers = servers();
        process.destroy();
        awaitExit(Duration.ofSeconds(120));
        return servers;
    }

    /** kill -9 of the launcher and every server under it: a power cut as far as the data is concerned. */
    void killAll() {
        List<ProcessHandle> servers = servers();
        process.destroyForcibly();
        servers.forEach(ProcessHandle::destroyForcibly);
        process.onExit().join();
        servers.forEach(p -> p.onExit().join());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
