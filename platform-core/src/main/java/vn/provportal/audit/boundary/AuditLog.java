package vn.provportal.audit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.provportal.audit.entity.AuditEntry;
import vn.provportal.platform.VietnamTime;

/** The audit log as the ministry reads it: newest first, filtered by province, user, action and days. */
@ApplicationScoped
@Transactional
public class AuditLog {

    public static final int MAX = 5_000;

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    /** Filters; null or blank means any. {@code action} matches a prefix ("article." for every article step). */
    public record Filter(String province, String actor, String action, LocalDate from, LocalDate to) {
    }

    public List<AuditEntry> find(Filter f, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> query = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        List<Predicate> where = new ArrayList<>();
        if (present(f.province())) {
            where.add(cb.equal(entry.get("tenantCode"), f.province().strip()));
        }
        if (present(f.actor())) {
            where.add(cb.equal(entry.get("actor"), f.actor().strip()));
        }
        if (present(f.action())) {
            where.add(cb.like(entry.get("action"), f.action().strip().replace("%", "\\%").replace("_", "\\_") + "%", '\\'));
        }
        if (f.from() != null) {
            where.add(cb.greaterThanOrEqualTo(entry.<Instant>get("occurredAt"), VietnamTime.startOf(f.from())));
        }
        if (f.to() != null) {
            where.add(cb.lessThan(entry.<Instant>get("occurredAt"), VietnamTime.startOf(f.to().plusDays(1))));
        }
        query.where(where.toArray(Predicate[]::new)).orderBy(cb.desc(entry.get("occurredAt")), cb.desc(entry.get("id")));
        return em.createQuery(query).setMaxResults(Math.min(max, MAX)).getResultList();
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
