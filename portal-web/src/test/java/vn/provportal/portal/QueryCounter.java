package vn.provportal.portal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import vn.provportal.testing.TestDatabase;

/**
 * Counts the SELECT statements the server executed, from MariaDB's own {@code Com_select} counter, so a
 * test can see how many queries one page costs without touching the application.
 */
final class QueryCounter {

    private QueryCounter() {
    }

    static long selects() {
        DataSource db = TestDatabase.ensureStarted();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SHOW GLOBAL STATUS LIKE 'Com_select'")) {
            rs.next();
            return rs.getLong(2) - 1;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
