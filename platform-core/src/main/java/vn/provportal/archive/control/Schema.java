package vn.provportal.archive.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** What the database itself says: the schema's version and each table's columns. Names in SQL come only from here. */
final class Schema {

    private static final Set<String> BINARY = Set.of("blob", "tinyblob", "mediumblob", "longblob", "binary", "varbinary");

    record Column(String name, boolean nullable, boolean binary) {
    }

    private Schema() {
    }

    /** The last migration applied, as Flyway recorded it. */
    static String version(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version FROM flyway_schema_history "
                + "WHERE success = 1 AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")) {
            if (!rs.next()) {
                throw new IllegalStateException("the database has no migrations applied");
            }
            return rs.getString(1);
        }
    }

    /** The table's columns in their order, but those the database computes itself; empty when there is no such table. */
    static Map<String, Column> columns(Connection c, String table) throws SQLException {
        Map<String, Column> columns = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT column_name, is_nullable, data_type FROM information_schema.columns "
                + "WHERE table_schema = DATABASE() AND table_name = ? AND extra NOT LIKE '%GENERATED%' ORDER BY ordinal_position")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(1).toLowerCase(java.util.Locale.ROOT);
                    columns.put(name, new Column(name, "YES".equals(rs.getString(2)),
                            BINARY.contains(rs.getString(3).toLowerCase(java.util.Locale.ROOT))));
                }
            }
        }
        return columns;
    }

    /** Tables that name a province in a column of their own: every one must be claimed by a feature. */
    static Set<String> provinceTables(Connection c) throws SQLException {
        Set<String> tables = new java.util.TreeSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT DISTINCT table_name FROM "
                + "information_schema.columns WHERE table_schema = DATABASE() AND column_name IN ('tenant_id', 'tenant_code', "
                + "'tenant_ref')")) {
            while (rs.next()) {
                tables.add(rs.getString(1).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return tables;
    }
}
