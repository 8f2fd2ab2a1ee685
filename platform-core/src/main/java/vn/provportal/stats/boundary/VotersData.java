package vn.provportal.stats.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import vn.provportal.platform.persistence.TenantScoped;
import vn.provportal.privacy.control.PersonalDataHolder;
import vn.provportal.privacy.control.RetentionPolicy;
import vn.provportal.stats.entity.SatisfactionVote;

/**
 * What satisfaction votes hold about voters: only a salted hash of their address, which allows one vote per client
 * and month and cannot be tied to an e-mail address (a request finds nothing here). Retention replaces the hashes of
 * votes past their time; the votes still count.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class VotersData implements PersonalDataHolder {

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    @Override
    public int forgetExpired(Instant now, RetentionPolicy policy) {
        return em.createNamedQuery(SatisfactionVote.FORGET_CLIENTS)
                .setParameter("before", now.minus(policy.voteAddresses())).executeUpdate();
    }
}
