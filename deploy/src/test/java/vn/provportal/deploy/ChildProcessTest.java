package vn.provportal.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server started again does not wipe the log of its previous run: that log is what explains a crash. */
class ChildProcessTest {

    @TempDir
    Path home;

    @Test
    void theLogsOfThePreviousRunsStayBesideTheNewOne() throws IOException {
        Path log = home.resolve("logs/payara.log");
        for (int run = 1; run <= ChildProcess.KEPT + 2; run++) {
            ChildProcess echo = ChildProcess.start("echo", List.of("echo", "run " + run), Map.of(), home, log);
            ProcessHandle.of(echo.pid()).ifPresent(p -> p.onExit().join());
        }
        int last = ChildProcess.KEPT + 2;
        assertEquals("run " + last, Files.readString(log).strip());
        for (int back = 1; back <= ChildProcess.KEPT; back++) {
            assertEquals("run " + (last - back), Files.readString(Path.of(log + "." + back)).strip());
        }
        assertFalse(Files.exists(Path.of(log + "." + (ChildProcess.KEPT + 1))), "only " + ChildProcess.KEPT + " runs back");
    }
}
