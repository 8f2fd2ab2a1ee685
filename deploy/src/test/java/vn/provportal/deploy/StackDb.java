package vn.provportal.deploy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.mariadb.jdbc.MariaDbDataSource;

/** The running stack's database, read (and seeded) directly by the whole-stack tests. */
final class StackDb {

    private StackDb() {
    }

    static long number(String sql) {
        String value = string(sql);
        return value == null ? 0 : Long.parseLong(value);
    }

    static String string(String sql) {
        try (Connection c = connection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** Every column of every row {@code sql} finds, in order: what "unchanged" is compared by. */
    static String rows(String sql) {
        try (Connection c = connection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            StringBuilder rows = new StringBuilder();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rows.append(rs.getMetaData().getColumnName(i)).append('=').append(rs.getString(i)).append(i < columns ? "|" : "\n");
                }
            }
            return rows.toString();
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** A 1×1 GIF stored as a province's image (once: a second call changes nothing). */
    static void storeTinyImage(String province, String sha256) {
        insert("INSERT IGNORE INTO media_file (tenant_id, sha256, content_type, width, height, size_bytes, bytes, "
                + "created_at) VALUES ('" + province + "', '" + sha256 + "', 'image/gif', 1, 1, 35, "
                + "X'47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b', NOW(6))");
    }

    /** Runs a statement (DDL included) on the stack's database. */
    static void exec(String sql) {
        try (Connection c = connection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    static long insert(String sql) {
        try (Connection c = connection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql, Statement.RETURN_GENERATED_KEYS);
            try (ResultSet keys = s.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** The audit trail's actions of one actor, in one province or (null) any. */
    static List<String> auditActions(String actor, String province) {
        String sql = "SELECT action FROM audit_log WHERE actor = '" + actor.replace("'", "") + "'"
                + (province == null ? "" : " AND tenant_code = '" + province.replace("'", "") + "'") + " ORDER BY id";
        try (Connection c = connection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> actions = new ArrayList<>();
            while (rs.next()) {
                actions.add(rs.getString(1));
            }
            return actions;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static Connection connection() throws SQLException {
        return connection(RunningStack.config());
    }

    /** A connection as the platform's own account, with the password the launcher generated into the stack's home. */
    static Connection connection(StackConfig config) throws SQLException {
        MariaDbDataSource db = new MariaDbDataSource(config.dbUrl());
        db.setUser(config.dbUser());
        db.setPassword(config.dbAccount(Secrets.loadOrCreate(config.home())).password());
        return db.getConnection();
    }
}
