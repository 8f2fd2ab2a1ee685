package vn.provportal.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The servers a launcher started, written down in {@code PROVPORTAL_HOME/run/processes}, so that a launcher
 * killed without its shutdown hook (kill -9, a closed terminal) does not leave MariaDB, Keycloak and Payara
 * holding the ports and the data: the next start stops them first, gracefully, newest first. A process is
 * recognised by its pid and its start time, so a reused pid is never touched.
 */
final class Leftovers {

    private final Path file;

    Leftovers(Path home) {
        this.file = home.resolve("run/processes");
    }

    /** Records every process the launcher has started so far (and their children). */
    void record() {
        // Each process's info is read once: a short-lived child (an installer, a shell) that ended between two reads
        // made the second one empty, and the launcher failed to start with "No value present" (seen once in CI).
        List<String> lines = ProcessHandle.current().descendants()
                .map(p -> {
                    ProcessHandle.Info info = p.info();
                    return info.startInstant().map(started -> p.pid() + " " + started.toEpochMilli() + " "
                            + info.command().map(c -> Path.of(c).getFileName().toString()).orElse("?"));
                })
                .flatMap(Optional::stream)
                .toList();
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops what a previous launcher left running; returns how many it stopped. */
    int stopPrevious() {
        if (!Files.exists(file)) {
            return 0;
        }
        List<ProcessHandle> alive = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file)) {
                find(line).ifPresent(alive::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        alive.sort(Comparator.comparing((ProcessHandle p) -> p.info().startInstant().orElse(Instant.EPOCH)).reversed());
        for (ProcessHandle process : alive) {
            System.out.println("ProvPortal: dừng tiến trình còn sót từ lần chạy trước / stopping a leftover of the"
                    + " previous run: " + process.info().command().orElse("?") + " (pid " + process.pid() + ")");
            stop(process);
        }
        return alive.size();
    }

    /** The process a line names, if it still runs and started when recorded; a damaged line names none. */
    private static Optional<ProcessHandle> find(String line) {
        String[] parts = line.split(" ");
        if (parts.length < 2 || !parts[0].matches("\\d{1,18}") || !parts[1].matches("\\d{1,18}")) {
            return Optional.empty();
        }
        long started = Long.parseLong(parts[1]);
        return ProcessHandle.of(Long.parseLong(parts[0])).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().startInstant().map(s -> s.toEpochMilli() == started).orElse(false));
    }

    private static void stop(ProcessHandle process) {
        process.destroy();
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }
}
