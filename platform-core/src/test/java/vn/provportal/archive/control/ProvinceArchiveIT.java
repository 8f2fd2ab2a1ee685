package vn.provportal.archive.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.provportal.testing.Fixtures;
import vn.provportal.testing.TestDatabase;

/**
 * A province's backup and restore on a real MariaDB (#15 item 2): two provinces, one exported and restored beside the
 * original under a new code and one restored after it was lost, each row for row and byte for byte what was exported,
 * the other province untouched; an altered, damaged or foreign archive refused with its reason and nothing written.
 */
class ProvinceArchiveIT {

    private static DataSource db;
    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        db = TestDatabase.ensureStarted();
    }

    /** Platform tables that name provinces without being their data, each with its reason. */
    private static final Map<String, String> NOT_PROVINCE_DATA = Map.of(
            "province_backup", "the register of the backups themselves");

    @Test
    void everyTableThatNamesAProvinceIsClaimedByOneFeature() throws SQLException {
        try (Connection c = db.getConnection()) {
            List<String> claimed = TableOrder.of(ProvinceTables.all()).stream().map(ProvinceTable::name).toList();
            List<String> unclaimed = new ArrayList<>(Schema.provinceTables(c));
            unclaimed.removeAll(claimed);
            unclaimed.removeAll(NOT_PROVINCE_DATA.keySet());
            assertEquals(List.of(), unclaimed, "tables a province's backup would miss");
            for (String table : claimed) {
                assertTrue(!Schema.columns(c, table).isEmpty(), table + " is claimed but does not exist");
            }
        }
    }

    @Test
    void aProvinceRestoredBesideTheOriginalUnderANewCodeIsTheSameProvince() throws Exception {
        String original = province("hy");
        String other = province("tb");
        Map<String, List<String>> otherBefore = content(other);
        Path file = export(original);

        String copy = Fixtures.uniqueTenantCode("hy-copy");
        RestoreReport report;
        try (ArchiveReader archive = ArchiveReader.open(file)) {
            report = ArchiveLoader.restore(db, archive, copy);
        }
        assertEquals(copy, report.to());
        assertEquals(Map.of("tenant_hostname", 1L, "api_key", 1L, "preview_link", 1L), report.left(),
                "what names the original stays with it");

        Map<String, List<String>> before = content(original);
        Map<String, List<String>> after = content(copy);
        for (String table : before.keySet()) {
            if (report.left().containsKey(table)) {
                assertEquals(List.of(), after.get(table), table + " is not copied");
            } else if (!table.equals("question")) {
                assertEquals(before.get(table), after.get(table), table + " row for row");
            }
        }
        assertEquals(before.get("question").size(), after.get("question").size());
        assertNotEquals(column(original, "SELECT tracking_code FROM question WHERE tenant_id = ?"),
                column(copy, "SELECT tracking_code FROM question WHERE tenant_id = ?"), "tracking codes are the original's");
        // references followed the new ids
        assertEquals(List.of("Giới thiệu > Lịch sử truyền thống"), column(copy, "SELECT CONCAT(p.label, ' > ', m.label) "
                + "FROM menu_item m JOIN menu_item p ON p.id = m.parent_id AND p.tenant_id = m.tenant_id WHERE m.tenant_id = ?"));
        assertEquals(List.of("12/2025/QĐ-UBND → 3/2026/QĐ-UBND"), column(copy, "SELECT CONCAT(o.number, ' → ', n.number) "
                + "FROM legal_document o JOIN legal_document n ON n.id = o.replaced_by AND n.tenant_id = o.tenant_id WHERE o.tenant_id = ?"));
        assertEquals(List.of("Cảnh giác với thủ đoạn lừa đảo qua mạng", "Cảnh giác với thủ đoạn lừa đảo qua mạng"),
                column(copy, "SELECT a.title FROM article_image i JOIN article a ON a.id = i.article_id AND a.tenant_id = "
                        + "i.tenant_id WHERE i.tenant_id = ? ORDER BY i.position"));
        assertEquals(column(original, "SELECT SHA2(bytes, 256) FROM media_file WHERE tenant_id = ? ORDER BY sha256"),
                column(copy, "SELECT SHA2(bytes, 256) FROM media_file WHERE tenant_id = ? ORDER BY sha256"), "media bytes");
        assertEquals(List.of("/tin-tuc/canh-giac-lua-dao"), column(copy, "SELECT new_path FROM redirect WHERE tenant_id = ?"),
                "old addresses keep leading where they led");
        assertEquals(otherBefore, content(other), "the other province is untouched");
        assertEquals(before, content(original), "the original is untouched");
    }

    @Test
    void aLostProvinceComesBackUnderItsOwnCodeExactlyAsExported() throws Exception {
        String province = province("hy");
        String other = province("tb");
        Map<String, List<String>> before = content(province);
        Map<String, List<String>> otherBefore = content(other);
        Path file = export(province);
        erase(province);
        assertEquals(0, count("SELECT COUNT(*) FROM article WHERE tenant_id = ?", province));

        try (ArchiveReader archive = ArchiveReader.open(file)) {
            RestoreReport report = ArchiveLoader.restore(db, archive, null);
            assertEquals(Map.of(), report.left());
            assertEquals(archive.manifest().rows(), report.rows());
        }
        assertEquals(before, content(province), "every row and every file as exported");
        assertEquals(List.of("hy-" + province.substring(3) + ".test"), column(province,
                "SELECT h.hostname FROM tenant_hostname h JOIN tenant t ON t.id = h.tenant_ref WHERE t.code = ?"));
        assertEquals(otherBefore, content(other));
    }

    @Test
    void anAlteredOrForeignArchiveIsRefusedWithItsReason() throws Exception {
        String province = province("hy");
        Path file = export(province);

        Path altered = rewrite(file, "tables/article.jsonl", text -> text.replace("lừa đảo", "lua dao"));
        ArchiveRefused refused = assertThrows(ArchiveRefused.class, () -> ArchiveReader.open(altered).close());
        assertTrue(refused.getMessage().contains("tables/article.jsonl"), refused.getMessage());
        assertTrue(refused.vietnamese().contains("SHA-256"), refused.vietnamese());

        Path extra = rewrite(file, "tables/evil.jsonl", text -> "[\"id\"]\n");
        assertTrue(assertThrows(ArchiveRefused.class, () -> ArchiveReader.open(extra).close()).getMessage().contains("tables/evil.jsonl"));

        Path noManifest = rewrite(file, Manifest.ENTRY, text -> null);
        assertTrue(assertThrows(ArchiveRefused.class, () -> ArchiveReader.open(noManifest).close()).vietnamese().contains("manifest"));

        Path notZip = dir.resolve("not.zip");
        Files.writeString(notZip, "<html>không phải ZIP</html>");
        assertThrows(ArchiveRefused.class, () -> ArchiveReader.open(notZip).close());

        Path later = rewrite(file, Manifest.ENTRY, text -> text.replaceFirst("\"schemaVersion\":\"[0-9.]+\"", "\"schemaVersion\":\"999\""));
        try (ArchiveReader archive = ArchiveReader.open(later)) {
            String copy = Fixtures.uniqueTenantCode("hy-later");
            ArchiveRefused version = assertThrows(ArchiveRefused.class, () -> ArchiveLoader.restore(db, archive, copy));
            assertTrue(version.vietnamese().contains("phiên bản lược đồ 999"), version.vietnamese());
            assertEquals(0, count("SELECT COUNT(*) FROM tenant WHERE code = ?", copy));
        }
        try (ArchiveReader archive = ArchiveReader.open(file)) {
            ArchiveRefused taken = assertThrows(ArchiveRefused.class, () -> ArchiveLoader.restore(db, archive, null));
            assertTrue(taken.vietnamese().contains("đã có dữ liệu"), taken.vietnamese());
            ArchiveRefused badCode = assertThrows(ArchiveRefused.class, () -> ArchiveLoader.restore(db, archive, "Hưng Yên"));
            assertTrue(badCode.vietnamese().contains("không hợp lệ"), badCode.vietnamese());
        }
    }

    @Test
    void anArchiveOfAnOlderVersionIsBroughtUpToDateByThePlatformsOwnMigrations() throws Exception {
        // a province as version 20 of the schema held it, in a schema of its own on the same server
        String old = "provportal_upgrade_test_" + Long.toHexString(System.nanoTime());
        String code = Fixtures.uniqueTenantCode("hy-old");
        Path file = dir.resolve("v20.zip");
        exec("CREATE DATABASE `" + old + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_ai_ci");
        try (Connection c = db.getConnection()) {
            String main = c.getCatalog();
            vn.provportal.platform.persistence.Migrations.applyTo(db, getClass().getClassLoader(), old, "20");
            c.setCatalog(old);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO tenant (code, name_vi, name_en, status, theme_key, created_at) "
                    + "VALUES (?, 'Công an tỉnh Hưng Yên cũ', 'Old', 'ACTIVE', 'police-red', NOW(6))")) {
                s.setString(1, code);
                s.executeUpdate();
            }
            // declined the way version 20 recorded it: the decline borrowed published_by and answered_at (V21 moves them)
            try (PreparedStatement s = c.prepareStatement("INSERT INTO question (tenant_id, tracking_code, asker_name, title, body, "
                    + "consent_at, status, published_by, answered_at, created_at) VALUES (?, ?, 'Lê C', 'Hỏi', 'Hỏi gì', NOW(6), "
                    + "'REJECTED', 'hy-admin', '2025-05-01 10:00:00', '2025-04-30 08:00:00')")) {
                s.setString(1, code);
                s.setString(2, code.substring(code.length() - 8) + "OL");
                s.executeUpdate();
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                assertEquals("20", ArchiveWriter.write(c, code, out).schemaVersion());
            }
            c.setCatalog(main);
        } finally {
            exec("DROP DATABASE `" + old + "`");
        }

        try (ArchiveReader archive = ArchiveReader.open(file)) {
            assertTrue(!archive.manifest().counts().containsKey("import_batch"), "no table of a later version in it");
            RestoreReport report = ArchiveLoader.restore(db, archive, null);
            assertEquals("20", report.schemaVersion());
        }
        assertEquals(List.of("hy-admin|2025-05-01 10:00:00.000000|null"), column(code,
                "SELECT CONCAT_WS('|', decided_by, decided_at, COALESCE(published_by, 'null')) FROM question WHERE tenant_id = ?"),
                "the decline moved to its own columns, as V21 did for every other province");
        assertEquals(List.of(), column(code, "SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE "
                + "'provportal\\_upgrade\\_%' AND schema_name NOT LIKE CONCAT(?, '%')"), "the working schema is gone");
    }

    @Test
    void anArchivedProvinceIsErasedWholeButForTheAuditLogAndComesBackFromItsArchive() throws Exception {
        String province = province("hy");
        String other = province("tb");
        Map<String, List<String>> otherBefore = content(other);
        ArchiveRefused active = assertThrows(ArchiveRefused.class, () -> ProvinceErasure.erase(db, province));
        assertTrue(active.vietnamese().contains("đã lưu trữ"), active.vietnamese());
        exec("UPDATE tenant SET status = 'ARCHIVED' WHERE code = ?", province);
        exec("UPDATE tenant SET merged_into = ? WHERE code = ?", province, other);
        ArchiveRefused absorbed = assertThrows(ArchiveRefused.class, () -> ProvinceErasure.erase(db, province));
        assertTrue(absorbed.vietnamese().contains(other), absorbed.vietnamese());
        exec("UPDATE tenant SET merged_into = NULL WHERE code = ?", other);
        Map<String, List<String>> before = content(province);
        Path file = export(province);

        Map<String, Long> deleted = ProvinceErasure.erase(db, province);
        assertEquals(2L, deleted.get("article"));
        assertEquals(2L, deleted.get("menu_item"), "the tree and its root");
        for (ProvinceTable table : ProvinceTables.all()) {
            if (table.selectedByCode()) {
                assertEquals(table.erased() ? 0 : 1, count("SELECT COUNT(*) FROM " + table.name() + " WHERE " + table.where(),
                        province), table.name());
            }
        }
        assertEquals(0, count("SELECT COUNT(*) FROM tenant_hostname WHERE hostname LIKE CONCAT('%', ?, '%')", province.substring(3)));
        assertEquals(otherBefore, content(other), "another province untouched");

        try (ArchiveReader archive = ArchiveReader.open(file)) {
            RestoreReport report = ArchiveLoader.restore(db, archive, null);
            assertEquals(Map.of("audit_log", 1L), report.left(), "the audit lines that outlived it are not doubled");
        }
        assertEquals(before, content(province), "back as it was");
    }

    @Test
    void aRestoreThatFailsMidwayLeavesNothingBehind() throws Exception {
        String province = province("hy");
        Path file = export(province);
        erase(province);
        // meanwhile another province took the lost one's hostname: the restore fails at the hostnames, after the
        // province, its articles and its files were written, and must take all of them back
        String other = province("tb");
        exec("UPDATE tenant_hostname SET hostname = ? WHERE tenant_ref = (SELECT id FROM tenant WHERE code = ?)",
                "hy-" + province.substring(3) + ".test", other);
        try (ArchiveReader archive = ArchiveReader.open(file)) {
            assertThrows(SQLException.class, () -> ArchiveLoader.restore(db, archive, null));
        }
        assertEquals(0, count("SELECT COUNT(*) FROM tenant WHERE code = ?", province));
        for (ProvinceTable table : ProvinceTables.all()) {
            if (table.selectedByCode()) {
                assertEquals(0, count("SELECT COUNT(*) FROM " + table.name() + " WHERE " + table.where(), province), table.name());
            }
        }
    }

    private Path export(String code) throws Exception {
        Path file = dir.resolve(code + "-" + System.nanoTime() + ".zip");
        try (Connection c = db.getConnection(); OutputStream out = Files.newOutputStream(file)) {
            Manifest manifest = ArchiveWriter.write(c, code, out);
            assertEquals(code, manifest.code());
            assertEquals(2L, manifest.counts().get("article"));
        }
        return file;
    }

    /**
     * The province as its own archive says, table by table: each row without its id, references and the code (which
     * a restore renews), a file by its SHA-256, rows sorted; what two provinces hold alike compares equal.
     */
    private Map<String, List<String>> content(String code) throws Exception {
        Path file = dir.resolve("content-" + code + "-" + System.nanoTime() + ".zip");
        try (Connection c = db.getConnection(); OutputStream out = Files.newOutputStream(file)) {
            ArchiveWriter.write(c, code, out);
        }
        Map<String, List<String>> content = new TreeMap<>();
        try (ArchiveReader archive = ArchiveReader.open(file)) {
            for (ProvinceTable table : ProvinceTables.all()) {
                List<String> columns = archive.columns(table.name());
                List<String> rows = new ArrayList<>();
                archive.rows(table.name(), row -> rows.add(comparable(archive, table, columns, row, code)));
                Collections.sort(rows);
                content.put(table.name(), rows);
            }
        }
        return content;
    }

    private static String comparable(ArchiveReader archive, ProvinceTable table, List<String> columns, JsonArray row, String code) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            String column = columns.get(i);
            JsonValue value = row.get(i);
            if (column.equals("id") || table.references().containsKey(column)) {
                out.append(column).append("=#").append(Manifest.isNull(value) ? "null" : "ref");
            } else if (value.getValueType() == JsonValue.ValueType.OBJECT) {
                out.append(column).append("=file:").append(archive.manifest().parts().get(value.asJsonObject().getString("file")).sha256());
            } else {
                String text = Manifest.isNull(value) ? "null" : ((jakarta.json.JsonString) value).getString();
                out.append(column).append('=').append(text.equals(code) ? "<code>" : text);
            }
            out.append('|');
        }
        return out.toString();
    }

    private static Path rewrite(Path file, String entry, UnaryOperator<String> change) throws IOException {
        Path out = file.resolveSibling("changed-" + System.nanoTime() + ".zip");
        try (ZipFile in = new ZipFile(file.toFile()); ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            boolean seen = false;
            for (ZipEntry e : Collections.list(in.entries())) {
                byte[] bytes;
                try (InputStream is = in.getInputStream(e)) {
                    bytes = is.readAllBytes();
                }
                if (e.getName().equals(entry)) {
                    seen = true;
                    String changed = change.apply(new String(bytes, StandardCharsets.UTF_8));
                    if (changed == null) {
                        continue;
                    }
                    bytes = changed.getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
            if (!seen) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(change.apply("").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out;
    }

    /** A province as the platform's features leave it: at least one row in the tables that matter, a tree, files. */
    private static String province(String prefix) throws SQLException {
        String code = Fixtures.uniqueTenantCode(prefix);
        byte[] photo = new byte[300_000];
        new SecureRandom().nextBytes(photo);
        String sha = HexFormat.of().formatHex(ArchiveWriter.sha256().digest(photo));
        long tenant = insert("INSERT INTO tenant (code, name_vi, name_en, status, theme_key, created_at) VALUES "
                + "(?, ?, ?, 'ACTIVE', 'police-red', NOW(6))", code, "Công an tỉnh " + code, "Police of " + code);
        exec("INSERT INTO tenant_hostname (tenant_ref, hostname) VALUES (?, ?)", tenant, prefix + "-" + code.substring(3) + ".test");
        long news = insert("INSERT INTO category (tenant_id, slug, name, position) VALUES (?, 'tin-tuc', 'Tin tức', 0)", code);
        long article = insert("INSERT INTO article (tenant_id, title, slug, lead_text, body_html, author, category_id, status, "
                + "published_at, view_count, created_at, updated_at, featured) VALUES (?, 'Cảnh giác với thủ đoạn lừa đảo qua mạng', "
                + "'canh-giac-lua-dao', 'Công an tỉnh khuyến cáo người dân…', '<p>Thời gian gần đây, tình trạng lừa đảo…</p>"
                + "[[anh-1]]', 'Phòng Tham mưu', ?, 'PUBLISHED', '2026-11-28 02:30:00.123456', 1234, NOW(6), NOW(6), TRUE)", code, news);
        insert("INSERT INTO article (tenant_id, title, slug, status, created_at, updated_at) VALUES (?, 'Bản nháp', 'ban-nhap', "
                + "'DRAFT', NOW(6), NOW(6))", code);
        exec("INSERT INTO media_file (tenant_id, sha256, content_type, width, height, size_bytes, bytes, created_at) VALUES "
                + "(?, ?, 'image/jpeg', 1200, 800, ?, ?, NOW(6))", code, sha, (long) photo.length, photo);
        exec("INSERT INTO media_derivative (tenant_id, sha256, width, height, content_type, bytes) VALUES (?, ?, 640, 427, "
                + "'image/jpeg', ?)", code, sha, new byte[] {1, 2, 3});
        for (int position = 1; position <= 2; position++) {
            exec("INSERT INTO article_image (tenant_id, article_id, position, media_sha256, caption, alt_text) VALUES "
                    + "(?, ?, ?, ?, 'Cán bộ tuyên truyền tại xã', 'Ảnh tuyên truyền')", code, article, position, sha);
        }
        exec("INSERT INTO article_revision (tenant_id, article_id, number, article_version, title, saved_at) VALUES "
                + "(?, ?, 1, 0, 'Bản đầu', NOW(6))", code, article);
        exec("INSERT INTO preview_link (tenant_id, article_id, token_hash, created_at, expires_at) VALUES (?, ?, SHA2(?, 256), "
                + "NOW(6), NOW(6))", code, article, code);
        exec("INSERT INTO article_comment (tenant_id, article_id, author_name, author_email, body, status, created_at) VALUES "
                + "(?, ?, 'Nguyễn Văn A', 'a@example.vn', 'Cảm ơn Công an tỉnh', 'APPROVED', NOW(6))", code, article);
        long parent = insert("INSERT INTO menu_item (tenant_id, label, url, position) VALUES (?, 'Giới thiệu', '/trang/gioi-thieu', 0)", code);
        exec("INSERT INTO menu_item (tenant_id, parent_id, label, category_id, position) VALUES (?, ?, 'Lịch sử truyền thống', ?, 1)",
                code, parent, news);
        exec("INSERT INTO redirect (tenant_id, old_path, new_path, created_at) VALUES (?, '/?p=102', '/tin-tuc/canh-giac-lua-dao', NOW(6))", code);
        exec("INSERT INTO static_page (tenant_id, language, slug, title, body_html) VALUES (?, 'vi', 'gioi-thieu', 'Giới thiệu', '<p>x</p>')", code);
        long newer = insert("INSERT INTO legal_document (tenant_id, slug, number, number_key, doc_type, issuer, summary, issued_on, "
                + "effective_on, search_text, created_by, created_at, updated_at) VALUES (?, '3-2026-qd-ubnd', '3/2026/QĐ-UBND', "
                + "'3/2026/qd-ubnd', 'QUYET_DINH', 'UBND tỉnh', 'Quy chế mới', '2026-01-05', '2026-01-05', 'x', 'x', NOW(6), NOW(6))", code);
        long older = insert("INSERT INTO legal_document (tenant_id, slug, number, number_key, doc_type, issuer, summary, issued_on, "
                + "effective_on, search_text, replaced_by, created_by, created_at, updated_at) VALUES (?, '12-2025-qd-ubnd', "
                + "'12/2025/QĐ-UBND', '12/2025/qd-ubnd', 'QUYET_DINH', 'UBND tỉnh', 'Quy chế', '2025-03-10', '2025-03-10', 'x', ?, "
                + "'x', NOW(6), NOW(6))", code, newer);
        exec("INSERT INTO legal_document_file (tenant_id, document_id, file_name, content_type, size_bytes, sha256, bytes, "
                + "created_by, created_at) VALUES (?, ?, 'quy-che.docx', 'application/zip', 5, SHA2('PK..x', 256), 'PK..x', 'x', NOW(6))",
                code, older);
        exec("INSERT INTO question (tenant_id, tracking_code, asker_name, title, body, consent_at, status, created_at) VALUES "
                + "(?, ?, 'Trần Thị B', 'Hỏi về đăng ký tạm trú', 'Xin hỏi…', NOW(6), 'RECEIVED', NOW(6))", code,
                code.substring(code.length() - 8) + "QQ");
        exec("INSERT INTO api_key (tenant_code, label, key_prefix, key_sha256, created_at) VALUES (?, 'hệ thống', 'pp_x', SHA2(?, 256), NOW(6))",
                code, code + "-key");
        exec("INSERT INTO audit_log (occurred_at, tenant_code, actor, action, detail) VALUES (NOW(6), ?, 'hy-admin', 'article.published', 'x')", code);
        exec("INSERT INTO stats_processing (tenant_id, period_type, period_year, period_number, procedure_group, received_online, "
                + "received_offline, resolved_early, resolved_on_time, resolved_late, pending_in_time, pending_overdue, source, as_of) "
                + "VALUES (?, 'MONTH', 2025, 6, '', 10, 0, 1, 8, 1, 0, 0, 'MANUAL', NOW(6))", code);
        return code;
    }

    /** The province lost: every row of it gone, children first. */
    private static void erase(String code) throws SQLException {
        List<ProvinceTable> tables = new ArrayList<>(TableOrder.of(ProvinceTables.all()));
        Collections.reverse(tables);
        exec("UPDATE menu_item SET parent_id = NULL WHERE tenant_id = ?", code);
        exec("UPDATE legal_document SET replaced_by = NULL WHERE tenant_id = ?", code);
        for (ProvinceTable table : tables) {
            exec("DELETE FROM " + table.name() + " WHERE " + table.where(), code);
        }
    }

    private static void exec(String sql, Object... parameters) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, parameters);
            s.executeUpdate();
        }
    }

    private static long insert(String sql, Object... parameters) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS)) {
            bind(s, parameters);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static long count(String sql, String code) throws SQLException {
        return Long.parseLong(column(code, sql).get(0));
    }

    private static List<String> column(String code, String sql) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, code);
            List<String> values = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        }
    }

    private static void bind(PreparedStatement s, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            s.setObject(i + 1, parameters[i]);
        }
    }
}
