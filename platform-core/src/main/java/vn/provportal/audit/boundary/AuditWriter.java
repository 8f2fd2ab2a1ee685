package vn.provportal.audit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.provportal.audit.entity.AuditEntry;

/** Writes one audit entry in a transaction of its own (the audit log is platform-wide, not per province). */
@ApplicationScoped
public class AuditWriter {

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public AuditEntry write(AuditEntry entry) {
        em.persist(entry);
        return entry;
    }
}
