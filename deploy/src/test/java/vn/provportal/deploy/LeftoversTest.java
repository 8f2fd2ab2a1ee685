package vn.provportal.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a launcher killed with -9 left running is stopped by the next one; nothing else is ever touched. */
class LeftoversTest {

    @Test
    void theNextLaunchStopsWhatThePreviousOneLeftRunning(@TempDir Path home) throws IOException, InterruptedException {
        Process server = new ProcessBuilder("sleep", "600").start();
        new Leftovers(home).record();

        assertEquals(1, new Leftovers(home).stopPrevious());
        assertTrue(server.waitFor(10, java.util.concurrent.TimeUnit.SECONDS), "stopped");
        assertEquals(0, new Leftovers(home).stopPrevious(), "nothing left the second time");
    }

    @Test
    void aReusedPidIsNotTouched(@TempDir Path home) throws IOException, InterruptedException {
        Process other = new ProcessBuilder("sleep", "600").start();
        try {
            long started = other.info().startInstant().orElseThrow().toEpochMilli();
            Files.createDirectories(home.resolve("run"));
            Files.writeString(home.resolve("run/processes"), other.pid() + " " + (started - 60_000) + " sleep\n"
                    + "dòng hỏng -1\n");

            assertEquals(0, new Leftovers(home).stopPrevious(), "same pid, other start time: another program; a damaged"
                    + " line names nothing");
            assertTrue(other.isAlive());
        } finally {
            other.destroyForcibly();
        }
        assertFalse(Files.readString(home.resolve("run/processes")).isBlank());
    }
}
