package vn.provportal.archive.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.provportal.archive.control.ArchiveLoader;
import vn.provportal.archive.control.ArchiveReader;
import vn.provportal.archive.control.BackupStore;
import vn.provportal.archive.control.Manifest;
import vn.provportal.archive.control.ProvinceErasure;
import vn.provportal.archive.control.RestoreReport;
import vn.provportal.people.boundary.Directory;
import vn.provportal.platform.Activity;
import vn.provportal.platform.persistence.Migrations;
import vn.provportal.tenant.boundary.Tenants;

/**
 * The ministry's backups of provinces: a province's archive downloaded at once, the nightly ones listed and downloaded,
 * an uploaded archive checked (the dry run) and restored under its own code or a new one, with its groups in Keycloak.
 * Outside any transaction: an archive is read in a snapshot of its own and a restore commits or rolls back whole.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class ProvinceBackups {

    /** What the console's upload takes; larger archives go through {@code ./deploy/province.sh import}. */
    public static final long MAX_UPLOAD = 150L * 1024 * 1024;

    @Resource(lookup = Migrations.DATA_SOURCE)
    DataSource dataSource;

    @PersistenceUnit(unitName = "provportal")
    EntityManagerFactory emf;

    @Inject
    @ConfigProperty(name = "provportal.backup.dir", defaultValue = "backups")
    String directory;

    @Inject
    @ConfigProperty(name = "provportal.backup.hour", defaultValue = "2")
    String hour;

    @Inject
    @ConfigProperty(name = "provportal.backup.keep-days", defaultValue = "14")
    int keepDays;

    @Inject
    Directory people;

    @Inject
    Tenants tenants;

    @Inject
    Event<Activity> activities;

    /** What a dry run shows: the archive's manifest and whether its own code is free on this platform. */
    public record Staged(String name, Manifest manifest, boolean codeTaken) {
        public Manifest getManifest() {
            return manifest;
        }

        public boolean isCodeTaken() {
            return codeTaken;
        }

        public String getName() {
            return name;
        }
    }

    /** The hour (Vietnam's time) nightly backups start from; empty when they are off. */
    public Optional<Integer> nightlyHour() {
        return "off".equalsIgnoreCase(hour.strip()) ? Optional.empty() : Optional.of(Integer.parseInt(hour.strip()));
    }

    /** Days a nightly backup is kept. */
    public int keepDays() {
        return keepDays;
    }

    public BackupStore store() {
        return new BackupStore(dataSource, Path.of(directory));
    }

    /** Writes the province's archive to {@code out} as it is now. */
    public Manifest export(String code, OutputStream out) throws SQLException, IOException {
        Manifest manifest;
        try (Connection c = dataSource.getConnection()) {
            manifest = vn.provportal.archive.control.ArchiveWriter.write(c, code, out);
        }
        activities.fire(Activity.backOffice("province.exported", code + ": " + manifest.rows() + " dòng, "
                + manifest.fileBytes() + " byte tệp"));
        return manifest;
    }

    public List<BackupStore.Backup> nightly() throws SQLException {
        return store().recent(200);
    }

    public Optional<BackupStore.Backup> backup(long id) throws SQLException {
        return store().find(id);
    }

    /** Keeps the upload and checks it whole; refused with the reason when damaged or altered. */
    public Staged stage(InputStream upload) throws IOException, SQLException {
        BackupStore store = store();
        String name = store.stage(upload, MAX_UPLOAD);
        try {
            return check(name);
        } catch (vn.provportal.archive.control.ArchiveRefused | IOException e) {
            java.nio.file.Files.deleteIfExists(store.staged(name));
            throw e;
        }
    }

    public Staged check(String name) throws IOException, SQLException {
        try (ArchiveReader archive = ArchiveReader.open(store().staged(name))) {
            return new Staged(name, archive.manifest(), tenants.findByCode(archive.manifest().code()).isPresent());
        }
    }

    /**
     * Restores a staged archive as {@code asCode} (its own code when blank): the province's groups in Keycloak first
     * (taken back if the database refuses), then every row in one transaction.
     */
    public RestoreReport restore(String name, String asCode) throws IOException, SQLException {
        try (ArchiveReader archive = ArchiveReader.open(store().staged(name))) {
            String code = ArchiveLoader.codeFor(archive, asCode);
            String createdGroup = people.provinceGroup(code).isPresent() || !vn.provportal.tenant.entity.TenantCode.isWellFormed(code)
                    ? null : people.createProvinceGroups(code);
            RestoreReport report;
            try {
                report = ArchiveLoader.restore(dataSource, archive, code);
            } catch (IOException | SQLException | RuntimeException e) {
                if (createdGroup != null) {
                    people.deleteGroup(createdGroup);
                }
                throw e;
            }
            emf.getCache().evictAll();
            activities.fire(new Activity("province.restored", report.from() + " → " + report.to() + ": " + report.rows()
                    + " dòng từ bản sao lưu " + archive.manifest().createdAt()));
            return report;
        }
    }

    /**
     * Erases an archived province for good — after writing its archive to {@code erased/} in the backup directory — with
     * its groups in Keycloak (its people stay in Keycloak, in no province). The audit log keeps its lines.
     */
    public ProvinceErasure.Erased erase(String code) throws IOException, SQLException {
        ProvinceErasure.Erased erased = ProvinceErasure.eraseAfterArchive(dataSource, store(), code);
        people.provinceGroup(code).ifPresent(people::deleteGroup);
        emf.getCache().evictAll();
        activities.fire(new Activity("province.erased", code + ": " + erased.rows() + " dòng; bản lưu trước khi xoá "
                + erased.safetyCopy().getFileName()));
        return erased;
    }

}
