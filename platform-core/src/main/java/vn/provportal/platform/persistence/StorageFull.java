package vn.provportal.platform.persistence;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Tells a full disk (or a quota reached) from other failures, so that an upload is refused with words an editor can act
 * on — and everything typed kept — instead of a 500 (#15). MariaDB says it with InnoDB's "table is full" (1114), its
 * "disk full" (1021), or an engine error carrying errno 28 (ENOSPC) or 122 (EDQUOT); the JVM with an I/O error's
 * message.
 */
public final class StorageFull {

    private static final int TABLE_FULL = 1114;
    private static final int DISK_FULL = 1021;

    private StorageFull() {
    }

    public static boolean isCause(Throwable failure) {
        return Causes.any(failure, t -> t instanceof SQLException sql && (sql.getErrorCode() == TABLE_FULL
                || sql.getErrorCode() == DISK_FULL || mentionsNoSpace(sql.getMessage()))
                || t instanceof IOException && mentionsNoSpace(t.getMessage()));
    }

    private static boolean mentionsNoSpace(String message) {
        if (message == null) {
            return false;
        }
        String m = message.toLowerCase(Locale.ROOT);
        return m.contains("no space left on device") || m.contains("disk quota exceeded") || m.contains("errno: 28")
                || m.contains("error 28 ") || m.contains("error 122 ");
    }
}
