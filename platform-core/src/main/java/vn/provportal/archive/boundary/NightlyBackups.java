package vn.provportal.archive.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.provportal.archive.control.BackupStore;
import vn.provportal.platform.VietnamTime;

/**
 * Every night from {@code PROVPORTAL_BACKUP_HOUR} (2, Vietnam's time) until four hours later, every province is written
 * to the backup directory once across the cluster (each node looks every ten minutes; the register's key lets one claim
 * each province), and backups older than {@code PROVPORTAL_BACKUP_KEEP_DAYS} (14) are removed. A node started in the
 * day waits for the next night. {@code PROVPORTAL_BACKUP_HOUR=off} turns it off (a platform backed up otherwise).
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NightlyBackups {

    private static final Logger LOG = Logger.getLogger(NightlyBackups.class.getName());
    private static final int WINDOW_HOURS = 4;

    @Inject
    ProvinceBackups backups;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> task;

    @PostConstruct
    void schedule() {
        backups.nightlyHour().ifPresent(from ->
                task = scheduler.scheduleWithFixedDelay(() -> runIfDue(from), 5, 10, TimeUnit.MINUTES));
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    void runIfDue(int from) {
        ZonedDateTime now = ZonedDateTime.now(VietnamTime.ZONE);
        if (now.getHour() < from || now.getHour() >= from + WINDOW_HOURS) {
            return;
        }
        try {
            BackupStore.Night night = backups.store().runNightly(now.toLocalDate(), node(), Instant.now(), backups.keepDays());
            if (night.written() + night.failed() + night.forgotten() > 0) {
                LOG.info(() -> "nightly backups: " + night.written() + " written, " + night.failed() + " failed, "
                        + night.forgotten() + " old ones removed");
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "nightly backups could not run; the next look is in ten minutes", e);
        }
    }

    private static String node() {
        return ManagementFactory.getRuntimeMXBean().getName();
    }
}
