package vn.provportal.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** A full disk as MariaDB and the JVM report it, told from the failures that are not one. */
class StorageFullTest {

    @Test
    void mariaDbsFullTableAndDiskAndTheJvmsNoSpaceAreAFullDisk() {
        // InnoDB when its tablespace cannot grow, as EclipseLink hands it up inside the persistence exception
        assertTrue(StorageFull.isCause(new PersistenceException(new RuntimeException(
                new SQLException("(conn=12) The table 'media_file' is full", "HY000", 1114)))));
        assertTrue(StorageFull.isCause(new SQLException("Disk full (/var/lib/mysql/#sql-123.MAI); waiting for someone to free "
                + "some space...", "HY000", 1021)));
        assertTrue(StorageFull.isCause(new SQLException("Got error 28 \"No space left on device\" from storage engine InnoDB",
                "HY000", 1030)));
        assertTrue(StorageFull.isCause(new IOException("No space left on device")));
        assertTrue(StorageFull.isCause(new RuntimeException(new IOException("Disk quota exceeded"))));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(StorageFull.isCause(new SQLException("Duplicate entry 'abc' for key 'uk_media'", "23000", 1062)));
        assertFalse(StorageFull.isCause(new SQLException("Connection refused", "08000", 0)));
        assertFalse(StorageFull.isCause(new IOException("Broken pipe")));
        assertFalse(StorageFull.isCause(new IllegalStateException("the table is full of surprises")));
        assertFalse(StorageFull.isCause(null));
    }
}
