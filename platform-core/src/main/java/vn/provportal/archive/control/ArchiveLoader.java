package vn.provportal.archive.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationVersion;
import vn.provportal.tenant.entity.TenantCode;

/**
 * Writes a checked archive into the database in one transaction: the province under its own code (into a platform
 * that lacks it) or beside the original under a new code. Rows get new ids and every reference follows them; the code
 * is rewritten where the province is named; what identifies the original (hostnames, API keys, preview links) stays
 * with it when the code is new. Any failure rolls everything back.
 */
public final class ArchiveLoader {

    private final Connection connection;
    private final ArchiveReader archive;
    private final String from;
    private final String to;
    private final boolean copy;
    private final Map<String, Map<Long, Long>> ids = new HashMap<>();
    private final Map<String, Long> written = new LinkedHashMap<>();
    private final Map<String, Long> left = new LinkedHashMap<>();
    /** The columns of each table this database has, read once. */
    private final Map<String, Map<String, Schema.Column>> present = new LinkedHashMap<>();
    private long unlinked;

    private ArchiveLoader(Connection connection, ArchiveReader archive, String to) {
        this.connection = connection;
        this.archive = archive;
        this.from = archive.manifest().code();
        this.to = to;
        this.copy = !from.equals(to);
    }

    /**
     * Restores the archive as {@code asCode} (its own code when null).
     *
     * @return what was written, table by table, and what was left behind
     */
    public static RestoreReport restore(DataSource dataSource, ArchiveReader archive, String asCode)
            throws SQLException, IOException {
        String to = codeFor(archive, asCode);
        if (!TenantCode.isWellFormed(to)) {
            throw new ArchiveRefused("Mã tỉnh \"" + to + "\" không hợp lệ (chữ thường không dấu, số và dấu gạch nối)",
                    "the province code \"" + to + "\" is not valid (lower-case letters, digits and hyphens)");
        }
        try (Connection connection = dataSource.getConnection()) {
            String version = Schema.version(connection);
            int older = MigrationVersion.fromVersion(archive.manifest().schemaVersion()).compareTo(MigrationVersion.fromVersion(version));
            if (older > 0) {
                throw new ArchiveRefused("Bản sao lưu ở phiên bản lược đồ " + archive.manifest().schemaVersion()
                        + ", mới hơn nền tảng (phiên bản " + version + "): hãy nâng cấp nền tảng trước", "the archive was written at "
                        + "schema version " + archive.manifest().schemaVersion() + ", newer than the platform's " + version
                        + ": upgrade the platform first");
            }
            if (older < 0) {
                return Upgrade.thenRestore(dataSource, archive, to);
            }
            return into(connection, archive, to);
        }
    }

    /** The code a restore gives the province: the one asked for, or the archive's own when none is. */
    public static String codeFor(ArchiveReader archive, String asCode) {
        return asCode == null || asCode.isBlank() ? archive.manifest().code() : asCode.trim();
    }

    /** Writes the archive, at this database's own schema version, in one transaction on {@code connection}. */
    static RestoreReport into(Connection connection, ArchiveReader archive, String to) throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            RestoreReport report = new ArchiveLoader(connection, archive, to).loadAll();
            connection.commit();
            return report;
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private RestoreReport loadAll() throws SQLException, IOException {
        List<ProvinceTable> tables = new ArrayList<>();
        for (ProvinceTable table : TableOrder.of(ProvinceTables.all())) {
            Map<String, Schema.Column> columns = Schema.columns(connection, table.name());
            if (!columns.isEmpty()) {
                present.put(table.name(), columns);
                tables.add(table);
            } else if (archive.manifest().counts().containsKey(table.name())) {
                throw new ArchiveRefused("Bảng " + table.name() + " có trong bản sao lưu nhưng không có ở phiên bản lược đồ của nó",
                        "the table " + table.name() + " is in the archive but not in its schema version");
            }
        }
        refuseTaken(tables);
        for (ProvinceTable table : tables) {
            if (!archive.manifest().counts().containsKey(table.name())) {
                throw new ArchiveRefused("Bản sao lưu thiếu bảng " + table.name(), "the archive lacks the table " + table.name());
            }
            if (copy && !table.copied() || !table.erased() && count(table) > 0) {
                // what names the original stays with it; what outlived an erased province (its audit lines) is there
                left.put(table.name(), archive.manifest().counts().get(table.name()));
                continue;
            }
            load(table);
        }
        for (ProvinceTable table : tables) { // tables of a later version are not in the working schema of an upgrade
            if (table.selectedByCode() && written.containsKey(table.name())) {
                long present = count(table);
                if (present != written.get(table.name())) {
                    throw new IllegalStateException(table.name() + ": " + present + " rows after the restore, "
                            + written.get(table.name()) + " written");
                }
            }
        }
        return new RestoreReport(from, to, archive.manifest().schemaVersion(), written, left, unlinked);
    }

    /** The code must be free, with no row left anywhere under it. */
    private void refuseTaken(List<ProvinceTable> tables) throws SQLException {
        for (ProvinceTable table : tables) {
            if (table.selectedByCode() && table.erased() && count(table) > 0) {
                throw new ArchiveRefused("Mã tỉnh " + to + " đã có dữ liệu trên nền tảng (bảng " + table.name()
                        + "); hãy khôi phục dưới một mã mới (--as)", "the code " + to + " already has data on the platform (table "
                        + table.name() + "); restore under a new code (--as)");
            }
        }
    }

    private long count(ProvinceTable table) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT COUNT(*) FROM " + table.name() + " WHERE " + table.where())) {
            s.setString(1, to);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void load(ProvinceTable table) throws SQLException, IOException {
        Map<String, Schema.Column> columns = present.get(table.name());
        List<String> archived = archive.columns(table.name());
        if (!Set.copyOf(archived).equals(columns.keySet()) || archived.size() != columns.size()) {
            throw new ArchiveRefused("Các cột của bảng " + table.name() + " trong bản sao lưu khác với nền tảng",
                    "the columns of " + table.name() + " in the archive differ from the platform's");
        }
        List<String> inserted = archived.stream().filter(c -> !(table.autoId() && c.equals("id"))).toList();
        String sql = "INSERT INTO " + table.name() + " (" + String.join(", ", inserted) + ") VALUES ("
                + inserted.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
        Map<Long, Long> mine = ids.computeIfAbsent(table.name(), t -> new HashMap<>());
        List<long[]> treeLinks = new ArrayList<>();
        String treeColumn = table.references().entrySet().stream().filter(e -> e.getValue().equals(table.name()))
                .map(Map.Entry::getKey).findFirst().orElse(null);
        long[] rows = {0};
        try (PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            archive.rows(table.name(), row -> {
                Long parent = null;
                int p = 1;
                for (int i = 0; i < archived.size(); i++) {
                    String column = archived.get(i);
                    if (table.autoId() && column.equals("id")) {
                        continue;
                    }
                    JsonValue value = row.get(i);
                    if (column.equals(treeColumn) && !Manifest.isNull(value)) {
                        parent = Long.valueOf(text(value));
                        insert.setNull(p++, Types.BIGINT);
                    } else if (!bind(insert, p++, table, columns.get(column), value)) {
                        insert.clearParameters();
                        return;
                    }
                }
                insert.executeUpdate();
                rows[0]++;
                if (table.autoId()) {
                    long oldId = Long.parseLong(text(row.get(archived.indexOf("id"))));
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                        long newId = keys.getLong(1);
                        mine.put(oldId, newId);
                        if (parent != null) {
                            treeLinks.add(new long[] {newId, parent});
                        }
                    }
                }
            });
        }
        if (!treeLinks.isEmpty()) {
            try (PreparedStatement link = connection.prepareStatement("UPDATE " + table.name() + " SET " + treeColumn
                    + " = ? WHERE id = ?")) {
                for (long[] treeLink : treeLinks) {
                    Long newParent = mine.get(treeLink[1]);
                    if (newParent == null) {
                        unlinked++;
                        continue;
                    }
                    link.setLong(1, newParent);
                    link.setLong(2, treeLink[0]);
                    link.addBatch();
                }
                link.executeBatch();
            }
        }
        written.put(table.name(), rows[0]);
    }

    /** Binds one value; false when the row cannot be written (a required reference to a row that no longer exists). */
    private boolean bind(PreparedStatement insert, int p, ProvinceTable table, Schema.Column column, JsonValue value)
            throws SQLException, IOException {
        String name = column.name();
        if (copy && table.freshOnCopy().containsKey(name)) {
            insert.setString(p, table.freshOnCopy().get(name).get());
        } else if (Manifest.isNull(value)) {
            insert.setNull(p, Types.NULL);
        } else if (column.binary()) {
            String entry = value.getValueType() == JsonValue.ValueType.OBJECT ? ((JsonObject) value).getString("file", null) : null;
            if (entry == null) {
                throw new ArchiveRefused("Giá trị nhị phân không hợp lệ trong bảng " + table.name(),
                        "a binary value in " + table.name() + " is not a file reference");
            }
            InputStream in = archive.file(entry);
            insert.setBinaryStream(p, in, archive.fileSize(entry));
        } else if (table.references().containsKey(name)) {
            Long mapped = ids.getOrDefault(table.references().get(name), Map.of()).get(Long.valueOf(text(value)));
            if (mapped == null) {
                unlinked++;
                if (!column.nullable()) {
                    return false;
                }
                insert.setNull(p, Types.BIGINT);
            } else {
                insert.setLong(p, mapped);
            }
        } else if (table.codeColumns().contains(name) && from.equals(text(value))) {
            insert.setString(p, to);
        } else {
            insert.setString(p, text(value));
        }
        return true;
    }

    private static String text(JsonValue value) {
        if (value instanceof JsonString string) {
            return string.getString();
        }
        throw new ArchiveRefused("Một giá trị trong bản sao lưu không phải chuỗi", "a value in the archive is not text");
    }
}
