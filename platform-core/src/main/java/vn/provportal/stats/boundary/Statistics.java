package vn.provportal.stats.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.provportal.platform.persistence.TenantScoped;
import vn.provportal.stats.entity.Period;
import vn.provportal.stats.entity.PeriodType;
import vn.provportal.stats.entity.ProcessingCounts;
import vn.provportal.stats.entity.ProcessingFigures;
import vn.provportal.stats.entity.SatisfactionCounts;
import vn.provportal.stats.entity.SatisfactionFigures;
import vn.provportal.stats.entity.Source;

/** The current province's statistics: recorded idempotently by (period, group), read for the widgets. */
@ApplicationScoped
@Transactional
@TenantScoped
public class Statistics {

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    /** Stores the figures of a period (and procedure group), replacing what was there for that key. */
    public ProcessingFigures recordProcessing(Period period, String group, ProcessingCounts counts, Source source,
            Instant asOf) {
        String key = group == null ? "" : group.strip();
        Optional<ProcessingFigures> existing = em.createNamedQuery(ProcessingFigures.BY_KEY, ProcessingFigures.class)
                .setParameter("type", period.type()).setParameter("year", period.year())
                .setParameter("number", period.number()).setParameter("group", key)
                .getResultStream().findFirst();
        if (existing.isPresent()) {
            existing.get().replace(counts, source, asOf);
            return existing.get();
        }
        ProcessingFigures figures = new ProcessingFigures(period, key, counts, source, asOf);
        em.persist(figures);
        return figures;
    }

    public SatisfactionFigures recordSatisfaction(Period period, String criterion, SatisfactionCounts counts,
            Source source, Instant asOf) {
        String key = criterion == null ? "" : criterion.strip();
        Optional<SatisfactionFigures> existing = em.createNamedQuery(SatisfactionFigures.BY_KEY,
                        SatisfactionFigures.class)
                .setParameter("type", period.type()).setParameter("year", period.year())
                .setParameter("number", period.number()).setParameter("criterion", key)
                .getResultStream().findFirst();
        if (existing.isPresent()) {
            existing.get().replace(counts, source, asOf);
            return existing.get();
        }
        SatisfactionFigures figures = new SatisfactionFigures(period, key, counts, source, asOf);
        em.persist(figures);
        return figures;
    }

    /** All-or-nothing: every row is stored, or (on any refusal) none. */
    public int recordAll(List<ProcessingRow> rows, Source source, Instant asOf) {
        rows.forEach(r -> recordProcessing(r.period(), r.group(), r.counts(), source, asOf));
        return rows.size();
    }

    /** The newest periods of a kind, all procedure groups together, newest first. */
    public List<ProcessingFigures> processingHistory(PeriodType type, int max) {
        return em.createNamedQuery(ProcessingFigures.HISTORY, ProcessingFigures.class).setParameter("type", type)
                .setMaxResults(max).getResultList();
    }

    public List<SatisfactionFigures> satisfactionHistory(PeriodType type, int max) {
        return em.createNamedQuery(SatisfactionFigures.HISTORY, SatisfactionFigures.class).setParameter("type", type)
                .setMaxResults(max).getResultList();
    }
}
