package vn.provportal.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The embedded server's data directory, told apart in three states: empty (or absent) — it may be
 * initialised; holding a MariaDB database (its {@code mysql} system schema and InnoDB files) — it is opened
 * as it is; anything else — it is refused, because initialising it could destroy what someone put there.
 */
public record DataDirectory(Path path) {

    public boolean isEmpty() {
        if (!Files.isDirectory(path)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(path)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean holdsDatabase() {
        return Files.isDirectory(path.resolve("mysql")) && Files.isRegularFile(path.resolve("ibdata1"));
    }

    /** Throws {@link DataDirectoryRefused} when the directory holds files that are not a MariaDB database. */
    public void refuseIfForeign() {
        if (!isEmpty() && !holdsDatabase()) {
            throw new DataDirectoryRefused(path);
        }
    }
}
