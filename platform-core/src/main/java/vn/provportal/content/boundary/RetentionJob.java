package vn.provportal.content.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.provportal.privacy.boundary.PersonalData;
import vn.provportal.privacy.control.RetentionPolicy;
import vn.provportal.tenant.boundary.CurrentTenant;
import vn.provportal.tenant.boundary.Tenants;
import vn.provportal.tenant.entity.Tenant;

/**
 * Every hour each node lets {@link Retention} drop, province by province and one transaction each, what is kept only
 * for a while: unsaved typed text after {@code PROVPORTAL_RETENTION_TYPED_DAYS} (30), trashed articles after
 * {@code PROVPORTAL_RETENTION_TRASH_DAYS} (30); and lets {@link PersonalData} forget personal data past its time
 * ({@code PROVPORTAL_PRIVACY_*_DAYS}, README "Personal data"). Two nodes purging at once delete or blank the same
 * rows: nothing to claim.
 */
@Singleton
@Startup
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

    @Inject
    Tenants tenants;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Retention retention;

    @Inject
    PersonalData personalData;

    @Inject
    @ConfigProperty(name = "provportal.privacy.comment-email-days", defaultValue = "180")
    int commentEmailDays;

    @Inject
    @ConfigProperty(name = "provportal.privacy.comment-address-days", defaultValue = "30")
    int commentAddressDays;

    @Inject
    @ConfigProperty(name = "provportal.privacy.vote-address-days", defaultValue = "90")
    int voteAddressDays;

    @Inject
    @ConfigProperty(name = "provportal.privacy.audit-address-days", defaultValue = "365")
    int auditAddressDays;

    @Inject
    @ConfigProperty(name = "provportal.retention.typed-days", defaultValue = "30")
    int typedDays;

    @Inject
    @ConfigProperty(name = "provportal.retention.trash-days", defaultValue = "30")
    int trashDays;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    SessionContext context;

    private ScheduledFuture<?> repeating;

    @PostConstruct
    void start() {
        RetentionJob self = context.getBusinessObject(RetentionJob.class);
        repeating = scheduler.scheduleWithFixedDelay(() -> {
            for (Tenant province : tenants.all()) {
                try {
                    self.purge(province);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "retention of " + province.getCode().value() + " will run again in an hour", e);
                }
            }
        }, 10, 60, TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        repeating.cancel(false);
    }

    /** One province, in a transaction of its own (the one {@link Retention} starts). */
    @ActivateRequestContext
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void purge(Tenant province) {
        Instant now = Instant.now();
        Retention.Purged purged = currentTenant.callAs(province, () -> retention.purge(now,
                Duration.ofDays(typedDays), Duration.ofDays(trashDays)));
        RetentionPolicy policy = RetentionPolicy.ofDays(commentEmailDays, commentAddressDays, voteAddressDays,
                auditAddressDays);
        int forgotten = currentTenant.callAs(province, () -> personalData.forgetExpired(now, policy));
        if (purged.typed() + purged.trashed() + forgotten > 0) {
            LOG.info(() -> province.getCode().value() + ": " + purged.typed() + " unsaved texts and " + purged.trashed()
                    + " trashed articles past their time removed, personal data past its time forgotten in "
                    + forgotten + " records");
        }
    }
}
