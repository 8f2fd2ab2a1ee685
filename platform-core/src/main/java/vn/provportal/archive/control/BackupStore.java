package vn.provportal.archive.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The backup directory and its register ({@code province_backup}): each night every province written once across the
 * cluster (a node claims a province and day by inserting its row; a claim left by a node that died is taken over after
 * an hour), files older than the kept days removed with their rows, uploads staged for a restore's dry run.
 * Plain JDBC on connections of its own, so a backup never waits on or joins a request's transaction.
 */
public final class BackupStore {

    private static final Duration STALE_CLAIM = Duration.ofHours(1);
    private static final Pattern STAGED = Pattern.compile("[0-9a-f-]{36}\\.zip");
    static final String INCOMING = "incoming";

    private final DataSource dataSource;
    private final Path directory;

    /** One nightly backup as the register has it. */
    public record Backup(long id, String code, LocalDate day, Instant startedAt, Instant finishedAt, String fileName,
            Long sizeBytes, String sha256, Long rows, String schemaVersion, String failure) {

        public boolean done() {
            return finishedAt != null && failure == null;
        }

        // JavaBean names for the console's pages
        public long getId() {
            return id;
        }

        public String getCode() {
            return code;
        }

        public LocalDate getDay() {
            return day;
        }

        public String getFileName() {
            return fileName;
        }

        public Long getSizeBytes() {
            return sizeBytes;
        }

        public Long getRows() {
            return rows;
        }

        public String getSha256() {
            return sha256;
        }

        public String getFailure() {
            return failure;
        }

        public boolean isDone() {
            return done();
        }
    }

    /** What a night's run did. */
    public record Night(int written, int failed, int forgotten) {
    }

    public BackupStore(DataSource dataSource, Path directory) {
        this.dataSource = dataSource;
        this.directory = directory.toAbsolutePath().normalize();
    }

    public Path directory() {
        return directory;
    }

    /**
     * Writes the backups of {@code day} this node can claim, then forgets those older than {@code keepDays} and uploads
     * staged more than a day ago. Safe to run on every node at once, and again.
     */
    public Night runNightly(LocalDate day, String node, Instant now, int keepDays) throws SQLException, IOException {
        int written = 0;
        int failed = 0;
        for (String code : provinces()) {
            if (!claim(code, day, node, now)) {
                continue;
            }
            try {
                write(code, day);
                written++;
            } catch (IOException | SQLException | RuntimeException e) {
                failed++;
                record("UPDATE province_backup SET finished_at = ?, failure = ? WHERE tenant_code = ? AND backup_day = ?",
                        Timestamp.from(Instant.now()), String.valueOf(e.getMessage()).substring(0,
                                Math.min(1900, String.valueOf(e.getMessage()).length())), code, Date.valueOf(day));
            }
        }
        return new Night(written, failed, forget(day.minusDays(keepDays), now));
    }

    private List<String> provinces() throws SQLException {
        List<String> codes = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("SELECT code FROM tenant ORDER BY code");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        return codes;
    }

    /** This node's claim of a province's backup of the day: a new row, or a claim a dead node left unfinished. */
    private boolean claim(String code, LocalDate day, String node, Instant now) throws SQLException {
        int inserted = record("INSERT IGNORE INTO province_backup (tenant_code, backup_day, claimed_by, started_at) VALUES (?, ?, ?, ?)",
                code, Date.valueOf(day), node, Timestamp.from(now));
        return inserted == 1 || record("UPDATE province_backup SET claimed_by = ?, started_at = ? WHERE tenant_code = ? AND "
                + "backup_day = ? AND finished_at IS NULL AND started_at < ?", node, Timestamp.from(now), code, Date.valueOf(day),
                Timestamp.from(now.minus(STALE_CLAIM))) == 1;
    }

    private void write(String code, LocalDate day) throws IOException, SQLException {
        Path folder = folder(code);
        String name = code + "/" + code + "-" + day + ".zip";
        Path file = directory.resolve(name);
        Path partial = folder.resolve(file.getFileName() + ".partial");
        Manifest manifest;
        try (Connection c = dataSource.getConnection(); OutputStream out = Files.newOutputStream(partial)) {
            manifest = ArchiveWriter.write(c, code, out);
        }
        ownerOnly(partial, "rw-------");
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        record("UPDATE province_backup SET finished_at = ?, file_name = ?, size_bytes = ?, sha256 = ?, row_count = ?, "
                + "schema_version = ?, failure = NULL WHERE tenant_code = ? AND backup_day = ?", Timestamp.from(Instant.now()), name,
                Files.size(file), sha256(file), manifest.rows(), manifest.schemaVersion(), code, Date.valueOf(day));
    }

    /** Removes backups from before {@code day}, file and row, and uploads staged a day ago or more. */
    int forget(LocalDate day, Instant now) throws SQLException, IOException {
        int forgotten = 0;
        for (Backup old : list("SELECT * FROM province_backup WHERE backup_day < ? ORDER BY id", Date.valueOf(day))) {
            if (old.fileName() != null) {
                Files.deleteIfExists(inside(old.fileName()));
            }
            forgotten += record("DELETE FROM province_backup WHERE id = ?", old.id());
        }
        Path incoming = directory.resolve(INCOMING);
        if (Files.isDirectory(incoming)) {
            try (var staged = Files.list(incoming)) {
                for (Path file : staged.toList()) {
                    if (Files.getLastModifiedTime(file).toInstant().isBefore(now.minus(Duration.ofDays(1)))) {
                        Files.deleteIfExists(file);
                    }
                }
            }
        }
        return forgotten;
    }

    /** The newest backups first. */
    public List<Backup> recent(int limit) throws SQLException {
        return list("SELECT * FROM province_backup ORDER BY backup_day DESC, tenant_code LIMIT ?", limit);
    }

    public java.util.Optional<Backup> find(long id) throws SQLException {
        return list("SELECT * FROM province_backup WHERE id = ?", id).stream().findFirst();
    }

    /** A finished backup's file, inside the backup directory. */
    public Path fileOf(Backup backup) {
        if (!backup.done()) {
            throw new ArchiveRefused("Bản sao lưu này chưa xong hoặc đã lỗi", "this backup is not finished or failed");
        }
        return inside(backup.fileName());
    }

    /** Where the archive written before a province is erased goes: {@code erased/<code>-<time>.zip}, owner only. */
    public Path erasedCopy(String code) throws IOException {
        Path folder = folder("erased");
        Path file = folder.resolve(code + "-" + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                .format(java.time.LocalDateTime.now(vn.provportal.platform.VietnamTime.ZONE)) + ".zip");
        ownerOnly(Files.createFile(file), "rw-------");
        return file;
    }

    /** Keeps an uploaded archive for its dry run and restore (on any node that shares the directory); its name. */
    public String stage(InputStream upload, long maxBytes) throws IOException {
        Path incoming = folder(INCOMING);
        String name = UUID.randomUUID() + ".zip";
        Path file = incoming.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[65536];
            long total = 0;
            for (int n; (n = upload.read(buffer)) > 0; ) {
                total += n;
                if (total > maxBytes) {
                    throw new ArchiveRefused("Tệp tải lên quá lớn cho trang này (tối đa " + maxBytes / (1024 * 1024)
                            + " MB); hãy dùng ./deploy/province.sh import", "the upload is too large for this page (at most "
                            + maxBytes / (1024 * 1024) + " MB); use ./deploy/province.sh import");
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return name;
    }

    public Path staged(String name) {
        if (name == null || !STAGED.matcher(name).matches()) {
            throw new ArchiveRefused("Không tìm thấy tệp đã tải lên; hãy tải lên lại", "the uploaded file is gone; upload it again");
        }
        Path file = directory.resolve(INCOMING).resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new ArchiveRefused("Không tìm thấy tệp đã tải lên; hãy tải lên lại", "the uploaded file is gone; upload it again");
        }
        return file;
    }

    /**
     * An archive holds personal data (commenters' e-mail addresses, askers' contacts, staff addresses in the audit log):
     * only the platform's own account reads it, where the file system has owners.
     */
    private Path folder(String name) throws IOException {
        ownerOnly(Files.createDirectories(directory), "rwx------");
        return ownerOnly(Files.createDirectories(directory.resolve(name)), "rwx------");
    }

    private static Path ownerOnly(Path path, String permissions) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, java.nio.file.attribute.PosixFilePermissions.fromString(permissions));
        }
        return path;
    }

    private Path inside(String relative) {
        Path file = directory.resolve(relative).normalize();
        if (!file.startsWith(directory)) {
            throw new IllegalArgumentException("outside the backup directory: " + relative);
        }
        return file;
    }

    private List<Backup> list(String sql, Object... parameters) throws SQLException {
        List<Backup> backups = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, parameters);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    backups.add(new Backup(rs.getLong("id"), rs.getString("tenant_code"), rs.getDate("backup_day").toLocalDate(),
                            instant(rs.getTimestamp("started_at")), instant(rs.getTimestamp("finished_at")), rs.getString("file_name"),
                            (Long) rs.getObject("size_bytes", Long.class), rs.getString("sha256"), (Long) rs.getObject("row_count", Long.class),
                            rs.getString("schema_version"), rs.getString("failure")));
                }
            }
        }
        return backups;
    }

    private int record(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, parameters);
            return s.executeUpdate();
        }
    }

    private static void bind(PreparedStatement s, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            s.setObject(i + 1, parameters[i]);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest = ArchiveWriter.sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
