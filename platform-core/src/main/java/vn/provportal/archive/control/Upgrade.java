package vn.provportal.archive.control;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import vn.provportal.platform.persistence.Migrations;

/**
 * An archive written by an older version of the platform, brought up to date by the platform's own migrations: a working
 * schema on the same server ({@code <schema>_upgrade_…}) is migrated to the archive's version, given the archive's rows,
 * migrated to the current version — so every migration that moved or filled data does so for these rows as it did for
 * the others — and written out again, and that archive is restored. The working schema is dropped whatever happens.
 */
final class Upgrade {

    private Upgrade() {
    }

    static RestoreReport thenRestore(DataSource dataSource, ArchiveReader archive, String to) throws SQLException, IOException {
        String main;
        try (Connection c = dataSource.getConnection()) {
            main = c.getCatalog();
        }
        String scratch = main + "_upgrade_" + UUID.randomUUID().toString().substring(0, 8);
        Path upgraded = Files.createTempFile("province-upgraded-", ".zip");
        try {
            exec(dataSource, "CREATE DATABASE `" + scratch + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_ai_ci");
            Migrations.applyTo(dataSource, Upgrade.class.getClassLoader(), scratch, archive.manifest().schemaVersion());
            try (Connection c = dataSource.getConnection()) {
                try {
                    c.setCatalog(scratch);
                    ArchiveLoader.into(c, archive, archive.manifest().code());
                } finally {
                    c.setCatalog(main);
                }
            }
            Migrations.applyTo(dataSource, Upgrade.class.getClassLoader(), scratch, null);
            try (Connection c = dataSource.getConnection(); OutputStream out = Files.newOutputStream(upgraded)) {
                try {
                    c.setCatalog(scratch);
                    ArchiveWriter.write(c, archive.manifest().code(), out);
                } finally {
                    c.setCatalog(main);
                }
            }
        } finally {
            exec(dataSource, "DROP DATABASE IF EXISTS `" + scratch + "`");
        }
        try (ArchiveReader current = ArchiveReader.open(upgraded); Connection c = dataSource.getConnection()) {
            RestoreReport report = ArchiveLoader.into(c, current, to);
            return new RestoreReport(report.from(), report.to(), archive.manifest().schemaVersion(), report.written(),
                    report.left(), report.unlinked());
        } finally {
            Files.deleteIfExists(upgraded);
        }
    }

    private static void exec(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
