package vn.provportal.archive.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.provportal.testing.Fixtures;
import vn.provportal.testing.TestDatabase;

/**
 * Nightly backups on a real MariaDB: two nodes running the night at once write each province once, a file that opens
 * as an archive with its register row (size, SHA-256, rows); a claim a dead node left is taken over; backups past the
 * kept days go, file and row.
 */
class BackupStoreIT {

    private static DataSource db;
    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        db = TestDatabase.ensureStarted();
    }

    @Test
    void twoNodesBackUpEachProvinceOnceAndOldBackupsGo() throws Exception {
        String province = Fixtures.uniqueTenantCode("backup");
        exec("INSERT INTO tenant (code, name_vi, name_en, status, theme_key, created_at) VALUES (?, 'Công an tỉnh thử', 'Test', "
                + "'ACTIVE', 'police-red', NOW(6))", province);
        exec("INSERT INTO article (tenant_id, title, slug, status, created_at, updated_at) VALUES (?, 'Tin sao lưu', 'tin', "
                + "'DRAFT', NOW(6), NOW(6))", province);
        // days no other test uses, far from today
        LocalDate night = LocalDate.of(2090, 1, 1).plusDays(System.nanoTime() % 10_000);
        BackupStore store = new BackupStore(db, dir);
        Instant now = Instant.now();
        long provinces = count("SELECT COUNT(*) FROM tenant");

        CompletableFuture<BackupStore.Night> a = CompletableFuture.supplyAsync(() -> run(store, night, "node-a", now, 14));
        CompletableFuture<BackupStore.Night> b = CompletableFuture.supplyAsync(() -> run(store, night, "node-b", now, 14));
        assertEquals(provinces, a.get().written() + b.get().written(), "every province once across both nodes");
        assertEquals(0, a.get().failed() + b.get().failed());
        assertEquals(provinces, count("SELECT COUNT(*) FROM province_backup WHERE backup_day = '" + night + "' AND finished_at IS NOT NULL"));

        BackupStore.Backup mine = store.recent(100_000).stream().filter(x -> x.code().equals(province) && x.day().equals(night))
                .findFirst().orElseThrow();
        Path file = store.fileOf(mine);
        assertEquals(Files.size(file), mine.sizeBytes());
        assertEquals(BackupStore.sha256(file), mine.sha256());
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                "personal data inside: the platform's account only");
        try (ArchiveReader archive = ArchiveReader.open(file)) {
            assertEquals(province, archive.manifest().code());
            assertEquals(1L, archive.manifest().counts().get("article"));
            assertEquals(mine.rows(), archive.manifest().rows());
        }
        assertEquals(0, run(store, night, "node-a", now, 14).written(), "a second look finds the night done");

        // the next night a node died with this province claimed; after an hour another node takes it over
        LocalDate next = night.plusDays(1);
        exec("INSERT INTO province_backup (tenant_code, backup_day, claimed_by, started_at) VALUES (?, ?, 'dead-node', ?)",
                province, next, java.sql.Timestamp.from(now.minus(2, ChronoUnit.HOURS)));
        BackupStore.Night later = run(store, next, "node-c", now, 0);
        assertEquals(provinces, later.written(), "the dead node's claim taken over with the others");
        assertEquals(List.of("node-c"), column("SELECT claimed_by FROM province_backup WHERE tenant_code = ? AND backup_day = '"
                + next + "'", province));
        assertTrue(later.forgotten() >= provinces, "the night kept for 0 days is removed");
        assertFalse(Files.exists(file), "with its file");
        assertEquals(0, count("SELECT COUNT(*) FROM province_backup WHERE backup_day = '" + night + "'"));
    }

    private static BackupStore.Night run(BackupStore store, LocalDate day, String node, Instant now, int keep) {
        try {
            return store.runNightly(day, node, now, keep);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void exec(String sql, Object... parameters) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }

    private static long count(String sql) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> column(String sql, String parameter) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                List<String> values = new java.util.ArrayList<>();
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
                return values;
            }
        }
    }
}
