package vn.provportal.deploy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.mariadb.jdbc.MariaDbDataSource;
import vn.provportal.archive.control.ArchiveLoader;
import vn.provportal.archive.control.ArchiveReader;
import vn.provportal.archive.control.ArchiveRefused;
import vn.provportal.archive.control.ArchiveWriter;
import vn.provportal.archive.control.BackupStore;
import vn.provportal.archive.control.ProvinceErasure;
import vn.provportal.archive.control.Manifest;
import vn.provportal.archive.control.RestoreReport;
import vn.provportal.people.boundary.Directory;
import vn.provportal.people.control.KeycloakAdmin;
import vn.provportal.platform.database.EmbeddedMariaDb;
import vn.provportal.platform.persistence.Migrations;

/**
 * {@code ./deploy/province.sh}: one province's backup and restore against the configured database, the stack running or
 * not (the embedded MariaDB is started for the command when nothing listens on its port). A restored province gets its
 * groups in Keycloak too, so the platform and Keycloak stay in step; its people are Keycloak's and are not in the archive.
 */
public final class ProvinceTool {

    private ProvinceTool() {
    }

    public static void main(String[] args) {
        try {
            System.exit(run(args));
        } catch (ArchiveRefused e) {
            System.err.println("Từ chối / refused: " + e.getMessage());
            System.exit(3);
        } catch (Exception e) {
            System.err.println("Lỗi / failed: " + e);
            System.exit(1);
        }
    }

    static int run(String[] args) throws Exception {
        List<String> a = List.of(args).subList(1, args.length);
        Path stackDir = Path.of(args[0]).toAbsolutePath();
        if (a.size() >= 3 && a.get(0).equals("export")) {
            return export(config(stackDir), a.get(1), Path.of(a.get(2)));
        }
        if (a.size() == 2 && a.get(0).equals("check")) {
            try (ArchiveReader archive = ArchiveReader.open(Path.of(a.get(1)))) {
                describe(archive.manifest());
            }
            return 0;
        }
        if (a.size() >= 2 && a.get(0).equals("erase")) {
            return erase(config(stackDir), a.get(1), a.contains("--yes"));
        }
        if ((a.size() == 2 || a.size() == 4 && a.get(2).equals("--as")) && a.get(0).equals("import")) {
            return restore(config(stackDir), Path.of(a.get(1)), a.size() == 4 ? a.get(3) : null);
        }
        System.err.println("""
                Cách dùng / usage:
                  ./deploy/province.sh export <mã-tỉnh> <tệp.zip>       sao lưu một tỉnh / back up one province
                  ./deploy/province.sh check <tệp.zip>                  kiểm tra bản sao lưu / check an archive
                  ./deploy/province.sh import <tệp.zip> [--as <mã-mới>] khôi phục / restore (beside the original under a new code)
                  ./deploy/province.sh erase <mã-tỉnh> --yes            xoá hẳn tỉnh đã lưu trữ / erase an archived province""");
        return 2;
    }

    private static StackConfig config(Path stackDir) {
        return StackConfig.fromEnvironment(stackDir, KeycloakServer.versionIn(stackDir));
    }

    private static int export(StackConfig config, String code, Path file) throws Exception {
        Path partial = file.toAbsolutePath().resolveSibling(file.getFileName() + ".partial");
        try (Database db = Database.open(config); Connection c = db.connection(); OutputStream out = Files.newOutputStream(partial)) {
            Manifest manifest = ArchiveWriter.write(c, code, out);
            out.close();
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            describe(manifest);
            System.out.printf("Đã sao lưu / written: %s (%,d bytes)%n", file, Files.size(file));
            return 0;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static int restore(StackConfig config, Path file, String asCode) throws Exception {
        RestoreReport report;
        try (ArchiveReader archive = ArchiveReader.open(file)) {
            describe(archive.manifest());
            try (Database db = Database.open(config)) {
                report = ArchiveLoader.restore(db.source(), archive, asCode);
            }
        }
        System.out.printf("Đã khôi phục / restored %s as %s: %,d rows%s%n", report.from(), report.to(), report.rows(),
                report.left().isEmpty() ? "" : "; left with the original (they name it): " + report.left());
        groupsInKeycloak(config, report.to());
        return 0;
    }

    private static int erase(StackConfig config, String code, boolean confirmed) throws Exception {
        if (!confirmed) {
            System.err.println("Xoá hẳn tỉnh " + code + " khỏi nền tảng (chỉ tỉnh đã lưu trữ; bản sao lưu được ghi trước): thêm --yes"
                    + " / erasing " + code + " for good (archived provinces only; an archive is written first): add --yes");
            return 2;
        }
        BackupStore store = new BackupStore(null, config.backupDir());
        ProvinceErasure.Erased erased;
        try (Database db = Database.open(config)) {
            erased = ProvinceErasure.eraseAfterArchive(db.source(), store, code);
        }
        System.out.printf("Đã xoá hẳn / erased %s: %,d rows; its archive: %s%n", code, erased.rows(), erased.safetyCopy());
        withKeycloak(config, admin -> admin.groupByPath("tenants/" + code).ifPresent(group -> {
            admin.deleteGroup(group);
            System.out.println("Keycloak: đã xoá nhóm / removed /tenants/" + code);
        }));
        return 0;
    }

    /** The province's groups, made in the running Keycloak, or in one started for the purpose. */
    private static void groupsInKeycloak(StackConfig config, String code) {
        withKeycloak(config, admin -> {
            if (admin.groupByPath("tenants/" + code).isPresent()) {
                System.out.println("Keycloak: nhóm /tenants/" + code + " đã có / already there");
            } else {
                Directory.createProvinceGroups(admin, code);
                System.out.println("Keycloak: đã tạo nhóm / created /tenants/" + code
                        + " (người dùng không nằm trong bản sao lưu: thêm quản trị viên từ trang Bộ / people are not in the archive:"
                        + " add an administrator from the ministry's console)");
            }
        });
    }

    /** Work on the realm through the provisioning account: the running Keycloak, or one started for it and stopped. */
    private static void withKeycloak(StackConfig config, java.util.function.Consumer<KeycloakAdmin> work) {
        Secrets secrets = Secrets.loadOrCreate(config.home());
        ChildProcess started = null;
        try {
            if (!answers(KeycloakServer.wellKnown(config)) && config.externalKeycloakUrl().isEmpty()) {
                System.out.println("Keycloak: đang khởi động / starting ...");
                started = KeycloakServer.start(config, secrets);
                KeycloakServer.awaitReady(started, config);
            }
            work.accept(new KeycloakAdmin(new KeycloakAdmin.Settings(config.keycloakUrl(), KeycloakServer.REALM,
                    ProvinceCheck.PROVISIONER_CLIENT, secrets.get(Secrets.PROVISIONER_SECRET))));
        } finally {
            if (started != null) {
                started.stop(Duration.ofSeconds(30));
            }
        }
    }

    private static boolean answers(String url) {
        try {
            return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build().send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void describe(Manifest manifest) {
        System.out.printf("Tỉnh / province %s (%s), lược đồ / schema %s, %s: %,d rows, %,d bytes of files%n",
                manifest.code(), manifest.name(), manifest.schemaVersion(), manifest.createdAt(), manifest.rows(),
                manifest.fileBytes());
    }

    /** The configured database: external, the running embedded one, or the embedded one started for this command. */
    private record Database(MariaDbDataSource source, EmbeddedMariaDb started) implements AutoCloseable {

        static Database open(StackConfig config) throws SQLException {
            Secrets secrets = Secrets.loadOrCreate(config.home());
            EmbeddedMariaDb started = null;
            if (config.externalDbUrl().isEmpty() && !EmbeddedMariaDb.isListening(config.dbPort())) {
                started = EmbeddedMariaDb.start(config.home().resolve("mariadb"), config.dbPort(), config.dbAccount(secrets));
            }
            MariaDbDataSource source = new MariaDbDataSource(config.dbUrl());
            source.setUser(config.dbUser());
            source.setPassword(config.dbAccount(secrets).password());
            // the schema as this version of the platform has it, as the application itself would on starting
            Migrations.apply(source, ProvinceTool.class.getClassLoader());
            return new Database(source, started);
        }

        Connection connection() throws SQLException {
            return source.getConnection();
        }

        @Override
        public void close() {
            if (started != null) {
                started.close();
            }
        }
    }
}
