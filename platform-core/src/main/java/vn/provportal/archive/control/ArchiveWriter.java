package vn.provportal.archive.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes one province to a ZIP: {@code tables/<table>.jsonl} (a line of column names, then one JSON array per row,
 * every value as the database's text so nothing is rounded or moved between time zones), each binary value as its own
 * entry under {@code files/}, and {@code manifest.json} last. All of it is read in one consistent snapshot, so an
 * export taken while editors work is a province as it was at one instant.
 */
public final class ArchiveWriter {

    static final String TABLES = "tables/";
    static final String BLOBS = "files/";

    private final Connection connection;
    private final Map<String, Manifest.Part> parts = new LinkedHashMap<>();
    private final Map<String, Long> counts = new LinkedHashMap<>();

    private ArchiveWriter(Connection connection) {
        this.connection = connection;
    }

    /** Writes the province {@code code} to {@code out} (not closed) and returns what the manifest says. */
    public static Manifest write(Connection connection, String code, OutputStream out) throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        int isolation = connection.getTransactionIsolation();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try {
            return new ArchiveWriter(connection).writeAll(code, out);
        } finally {
            connection.rollback();
            connection.setTransactionIsolation(isolation);
            connection.setAutoCommit(autoCommit);
        }
    }

    private Manifest writeAll(String code, OutputStream out) throws SQLException, IOException {
        String name = provinceName(code);
        String version = Schema.version(connection);
        ZipOutputStream zip = new ZipOutputStream(new FilterOutputStream(out) {
            @Override
            public void close() throws IOException {
                flush();
            }
        }, StandardCharsets.UTF_8);
        for (ProvinceTable table : TableOrder.of(ProvinceTables.all())) {
            writeTable(zip, table, code);
        }
        Manifest manifest = new Manifest(Manifest.FORMAT, code, name, version, Instant.now(), counts, parts);
        zip.putNextEntry(new ZipEntry(Manifest.ENTRY));
        zip.write(manifest.toJson().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.finish();
        zip.close();
        return manifest;
    }

    private String provinceName(String code) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT name_vi FROM tenant WHERE code = ?")) {
            s.setString(1, code);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new ArchiveRefused("Không có tỉnh mã " + code, "no province has the code " + code);
                }
                return rs.getString(1);
            }
        }
    }

    private void writeTable(ZipOutputStream zip, ProvinceTable table, String code) throws SQLException, IOException {
        Map<String, Schema.Column> columns = Schema.columns(connection, table.name());
        if (columns.isEmpty()) {
            return; // a table of a later version than this database's (the working schema of an upgrade)
        }
        List<String> binary = columns.values().stream().filter(Schema.Column::binary).map(Schema.Column::name).toList();
        // a file is not read here, only whether there is one: the files follow, one entry each
        String columnList = columns.values().stream().map(c -> c.binary() ? "(" + c.name() + " IS NULL)" : c.name())
                .collect(Collectors.joining(", "));
        String order = table.autoId() ? " ORDER BY id" : "";
        long rows = 0;
        int idColumn = List.copyOf(columns.keySet()).indexOf("id") + 1;
        try (Part part = new Part(zip, TABLES + table.name() + ".jsonl");
                PreparedStatement s = connection.prepareStatement("SELECT " + columnList + " FROM " + table.name()
                        + " WHERE " + table.where() + order)) {
            JsonArrayBuilder header = Json.createArrayBuilder();
            columns.keySet().forEach(header::add);
            part.line(header.build().toString());
            s.setString(1, code);
            s.setFetchSize(200);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    JsonArrayBuilder row = Json.createArrayBuilder();
                    int i = 1;
                    for (Schema.Column column : columns.values()) {
                        if (column.binary()) {
                            if (rs.getBoolean(i)) {
                                row.addNull();
                            } else {
                                row.add(Json.createObjectBuilder().add("file", fileEntry(table, rs.getString(idColumn), column.name())));
                            }
                        } else {
                            String value = rs.getString(i);
                            if (value == null) {
                                row.addNull();
                            } else {
                                row.add(value);
                            }
                        }
                        i++;
                    }
                    part.line(row.build().toString());
                    rows++;
                }
            }
        }
        counts.put(table.name(), rows);
        if (!binary.isEmpty()) {
            writeFiles(zip, table, code, binary);
        }
    }

    /** Each binary value in an entry of its own, streamed from the database without holding a whole file in memory. */
    private void writeFiles(ZipOutputStream zip, ProvinceTable table, String code, List<String> binary)
            throws SQLException, IOException {
        if (!table.autoId()) {
            throw new IllegalStateException(table.name() + " holds files but has no id to name them by");
        }
        try (PreparedStatement s = connection.prepareStatement("SELECT id, " + String.join(", ", binary) + " FROM "
                + table.name() + " WHERE " + table.where() + " ORDER BY id")) {
            s.setString(1, code);
            s.setFetchSize(1);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    for (int i = 0; i < binary.size(); i++) {
                        try (InputStream in = rs.getBinaryStream(i + 2)) {
                            if (in != null) {
                                try (Part part = new Part(zip, fileEntry(table, rs.getString(1), binary.get(i)))) {
                                    in.transferTo(part.out);
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    static String fileEntry(ProvinceTable table, String id, String column) {
        return BLOBS + table.name() + "/" + id + "." + column;
    }

    /** One ZIP entry, its SHA-256 and size recorded for the manifest when it is closed. */
    private final class Part implements AutoCloseable {
        private final ZipOutputStream zip;
        private final String entry;
        private final MessageDigest digest;
        private long size;
        final OutputStream out;

        Part(ZipOutputStream zip, String entry) throws IOException {
            this.zip = zip;
            this.entry = entry;
            this.digest = sha256();
            zip.putNextEntry(new ZipEntry(entry));
            this.out = new DigestOutputStream(new FilterOutputStream(zip) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    zip.write(b, off, len);
                    size += len;
                }

                @Override
                public void write(int b) throws IOException {
                    zip.write(b);
                    size++;
                }

                @Override
                public void close() {
                }
            }, digest);
        }

        void line(String json) throws IOException {
            out.write(json.getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }

        @Override
        public void close() throws IOException {
            out.flush();
            zip.closeEntry();
            parts.put(entry, new Manifest.Part(HexFormat.of().formatHex(digest.digest()), size));
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String describe(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
