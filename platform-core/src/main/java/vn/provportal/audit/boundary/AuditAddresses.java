package vn.provportal.audit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import vn.provportal.privacy.control.PersonalDataHolder;
import vn.provportal.privacy.control.RetentionPolicy;

/**
 * What the audit log holds about people: staff's user names, which stay as long as the entries (they are the point of
 * the log), and the address each acted from, forgotten after a year as security logs are. Citizens' e-mail addresses
 * are never written to it, so a request finds nothing here. The log is one for the platform: forgetting is not per
 * province, and running it for each province changes nothing after the first.
 */
@ApplicationScoped
@Transactional
public class AuditAddresses implements PersonalDataHolder {

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    /** An entry's columns are written once (the entity's are not updatable): the address goes by SQL. */
    @Override
    public int forgetExpired(Instant now, RetentionPolicy policy) {
        return em.createNativeQuery("UPDATE audit_log SET client_address = NULL WHERE client_address IS NOT NULL "
                + "AND occurred_at < ?").setHint("eclipselink.jdbc.allow-native-sql-query", true)
                .setParameter(1, Timestamp.from(now.minus(policy.auditAddresses()))).executeUpdate();
    }
}
