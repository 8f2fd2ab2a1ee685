package vn.provportal.archive.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Erases a province from the platform in one transaction: every row of every table a feature declares, children
 * first (a tree's links cut before its rows go), but the ministry's audit log. Only an archived province, and only one
 * no other province was merged into (their old addresses lead to it). The callers write an archive of it first.
 */
public final class ProvinceErasure {

    private ProvinceErasure() {
    }

    /** What an erasure did: rows deleted by table, and the archive written before it, to restore the province from. */
    public record Erased(Map<String, Long> deleted, java.nio.file.Path safetyCopy) {

        public long rows() {
            return deleted.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * Writes the province's archive to {@code erased/} in {@code store}'s directory, then erases it; a refused or failed
     * erasure leaves no archive behind.
     */
    public static Erased eraseAfterArchive(DataSource dataSource, BackupStore store, String code)
            throws SQLException, java.io.IOException {
        java.nio.file.Path safety = store.erasedCopy(code);
        try {
            try (Connection c = dataSource.getConnection(); java.io.OutputStream out = java.nio.file.Files.newOutputStream(safety)) {
                ArchiveWriter.write(c, code, out);
            }
            return new Erased(erase(dataSource, code), safety);
        } catch (SQLException | java.io.IOException | RuntimeException e) {
            java.nio.file.Files.deleteIfExists(safety);
            throw e;
        }
    }

    /** Rows deleted, table by table. */
    public static Map<String, Long> erase(DataSource dataSource, String code) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                refuse(c, code);
                List<ProvinceTable> tables = new ArrayList<>(ProvinceTables.ordered());
                Collections.reverse(tables);
                Map<String, Long> deleted = new LinkedHashMap<>();
                for (ProvinceTable table : tables) {
                    if (!table.erased()) {
                        continue;
                    }
                    for (Map.Entry<String, String> reference : table.references().entrySet()) {
                        if (reference.getValue().equals(table.name())) {
                            update(c, "UPDATE " + table.name() + " SET " + reference.getKey() + " = NULL WHERE " + table.where(), code);
                        }
                    }
                    deleted.put(table.name(), (long) update(c, "DELETE FROM " + table.name() + " WHERE " + table.where(), code));
                }
                c.commit();
                return deleted;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        }
    }

    private static void refuse(Connection c, String code) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT status FROM tenant WHERE code = ? FOR UPDATE")) {
            s.setString(1, code);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new ArchiveRefused("Không có tỉnh mã " + code, "no province has the code " + code);
                }
                if (!"ARCHIVED".equals(rs.getString(1))) {
                    throw new ArchiveRefused("Chỉ xoá hẳn được tỉnh đã lưu trữ; " + code + " đang ở trạng thái " + rs.getString(1),
                            "only an archived province can be erased; " + code + " is " + rs.getString(1));
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT GROUP_CONCAT(code ORDER BY code) FROM tenant WHERE merged_into = ?")) {
            s.setString(1, code);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                String merged = rs.getString(1);
                if (merged != null) {
                    throw new ArchiveRefused("Không xoá được " + code + ": các tỉnh " + merged + " đã sáp nhập vào đây và địa chỉ cũ "
                            + "của chúng dẫn tới tỉnh này", "cannot erase " + code + ": " + merged
                            + " were merged into it and their old addresses lead there");
                }
            }
        }
    }

    private static int update(Connection c, String sql, String code) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, code);
            return s.executeUpdate();
        }
    }
}
