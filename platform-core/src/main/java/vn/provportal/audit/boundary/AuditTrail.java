package vn.provportal.audit.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.provportal.audit.entity.AuditEntry;
import vn.provportal.platform.Activity;
import vn.provportal.tenant.boundary.CurrentTenant;

/**
 * Records each activity once its transaction has committed. The entry is written by {@link AuditWriter} on a
 * managed thread and waited for: at "after success" the committed transaction is still tied to the calling
 * thread, and starting a new one there fails when it is resumed (Payara's JTA: "Invalid transaction passed
 * to resume()"), which lost entries written by nested transactions such as provisioning and start-up seeding.
 */
@ApplicationScoped
public class AuditTrail {

    private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());

    @Inject
    Actor actor;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    AuditWriter writer;

    @Resource
    ManagedExecutorService executor;

    /** Scheduled jobs have no request: then a fresh context gives the actor "system" and no province. */
    @jakarta.enterprise.context.control.ActivateRequestContext
    public void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) Activity activity) {
        AuditEntry entry = new AuditEntry(Instant.now(), currentTenant.code().orElse(null), actor.name(),
                actor.address(), activity.action(), activity.detail());
        try {
            executor.submit(() -> writer.write(entry)).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            LOG.log(Level.SEVERE, "audit entry lost for " + activity, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.log(Level.SEVERE, "audit entry lost for " + activity, e);
        }
    }
}
