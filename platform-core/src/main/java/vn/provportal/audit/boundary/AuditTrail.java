package vn.provportal.audit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.provportal.audit.entity.AuditEntry;
import vn.provportal.platform.Activity;
import vn.provportal.tenant.boundary.CurrentTenant;

/** Records each activity once its transaction has committed, in a transaction of its own. */
@ApplicationScoped
public class AuditTrail {

    private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    @Inject
    Actor actor;

    @Inject
    CurrentTenant currentTenant;

    /** Scheduled jobs have no request: then a fresh context gives the actor "system" and no province. */
    @jakarta.enterprise.context.control.ActivateRequestContext
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) Activity activity) {
        try {
            em.persist(new AuditEntry(Instant.now(), currentTenant.code().orElse(null), actor.name(),
                    actor.address(), activity.action(), activity.detail()));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "audit entry lost for " + activity, e);
        }
    }
}
