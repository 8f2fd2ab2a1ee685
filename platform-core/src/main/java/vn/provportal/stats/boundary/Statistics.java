package vn.provportal.stats.boundary;

import vn.provportal.platform.InvalidInput;
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
import vn.provportal.stats.entity.SatisfactionLevel;
import vn.provportal.stats.entity.SatisfactionVote;
import vn.provportal.stats.entity.Source;

/** The current province's statistics: recorded idempotently by (period, group), read for the widgets. */
@ApplicationScoped
@Transactional
@TenantScoped
public class Statistics {

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<vn.provportal.platform.Activity> activities;

    @jakarta.inject.Inject
    vn.provportal.tenant.boundary.CurrentTenant currentTenant;

    /** Stores the figures of a period (and procedure group), replacing what was there for that key. */
    public ProcessingFigures recordProcessing(Period period, String group, ProcessingCounts counts, Source source,
            Instant asOf) {
        ProcessingFigures figures = storeProcessing(period, group, counts, source, asOf);
        activities.fire(new vn.provportal.platform.Activity("stats.processing." + source.name().toLowerCase(),
                "Kết quả xử lý " + period + (figures.getProcedureGroup().isEmpty() ? "" : " / " + group)
                        + ": tiếp nhận " + counts.received() + ", giải quyết " + counts.resolved()));
        return figures;
    }

    private ProcessingFigures storeProcessing(Period period, String group, ProcessingCounts counts, Source source,
            Instant asOf) {
        String key = group == null ? "" : group.strip();
        Optional<ProcessingFigures> existing = em.createNamedQuery(ProcessingFigures.BY_KEY, ProcessingFigures.class)
                .setParameter("type", period.type()).setParameter("year", period.year())
                .setParameter("number", period.number()).setParameter("group", key)
                // the row locked while it is replaced: a feed sending one period from several workers at once queues
                // on it instead of losing on the version (a new period's second insert is retried by the caller)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
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
        if (source != Source.VOTES) {
            activities.fire(new vn.provportal.platform.Activity("stats.satisfaction." + source.name().toLowerCase(),
                    "Mức độ hài lòng " + period + ": " + counts.total() + " ý kiến"));
        }
        String key = criterion == null ? "" : criterion.strip();
        Optional<SatisfactionFigures> existing = em.createNamedQuery(SatisfactionFigures.BY_KEY, SatisfactionFigures.class)
                .setParameter("type", period.type()).setParameter("year", period.year())
                .setParameter("number", period.number()).setParameter("criterion", key)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
        if (existing.isPresent()) {
            existing.get().replace(counts, source, asOf);
            return existing.get();
        }
        SatisfactionFigures figures = new SatisfactionFigures(period, key, counts, source, asOf);
        em.persist(figures);
        return figures;
    }

    /** The criterion under which citizens' votes on the portal are counted, beside the official figures. */
    public static final String PORTAL_VOTES = "Đánh giá trên cổng thông tin";
    /**
     * A province's portal gets a few votes an hour; this many within {@link #BURST_WINDOW} is a campaign (one
     * vote per address, from many addresses), so further votes are held for the administrator, not counted.
     */
    public static final int BURST_VOTES = 20;
    public static final java.time.Duration BURST_WINDOW = java.time.Duration.ofMinutes(10);

    /**
     * A citizen's vote for the current month: counted once per client and month (a second vote is refused),
     * added to the month's portal-vote figures.
     */
    public void vote(SatisfactionLevel level, String clientHash, Instant now) {
        vote(level, java.util.Set.of(), clientHash, now);
    }

    /**
     * The same, with the criteria the citizen ticked: the level is also counted under each of them
     * ("Đánh giá trên cổng thông tin — Thái độ cán bộ"), still as one vote of that client.
     */
    public void vote(SatisfactionLevel level, java.util.Set<vn.provportal.stats.entity.VoteCriterion> criteria,
            String clientHash, Instant now) {
        Period period = Period.monthOf(now);
        long already = em.createNamedQuery(SatisfactionVote.COUNT_FOR_CLIENT, Long.class)
                .setParameter("year", period.year()).setParameter("number", period.number())
                .setParameter("client", clientHash).getSingleResult();
        if (already > 0) {
            throw InvalidInput.of("stats.you-have-already-voted");
        }
        SatisfactionVote vote = new SatisfactionVote(period, clientHash, level, now);
        long recent = em.createNamedQuery(SatisfactionVote.COUNT_SINCE, Long.class)
                .setParameter("since", now.minus(BURST_WINDOW)).getSingleResult();
        if (recent >= BURST_VOTES) {
            em.persist(vote.held(criteria));
            return;
        }
        em.persist(vote);
        countVote(period, level, criteria, now);
    }

    private void countVote(Period period, SatisfactionLevel level, java.util.Set<vn.provportal.stats.entity.VoteCriterion>
            criteria, Instant now) {
        count(period, PORTAL_VOTES, level, now);
        for (vn.provportal.stats.entity.VoteCriterion criterion : criteria) {
            count(period, PORTAL_VOTES + " — " + criterion.getLabel(), level, now);
        }
    }

    /** Votes that came in a burst and wait for the administrator, oldest first. */
    public java.util.List<SatisfactionVote> heldVotes() {
        return em.createNamedQuery(SatisfactionVote.HELD, SatisfactionVote.class).getResultList();
    }

    /** Counts every held vote in the month it was cast; returns how many. */
    public int releaseHeldVotes() {
        java.util.List<SatisfactionVote> held = heldVotes();
        for (SatisfactionVote vote : held) {
            countVote(vote.getPeriod(), vote.getLevel(), vote.release(), vote.getCreatedAt());
        }
        activities.fire(new vn.provportal.platform.Activity("stats.votes-released", held.size() + " phiếu"));
        return held.size();
    }

    /** Drops every held vote: they are never counted (their clients may vote again). */
    public int discardHeldVotes() {
        java.util.List<SatisfactionVote> held = heldVotes();
        held.forEach(em::remove);
        activities.fire(new vn.provportal.platform.Activity("stats.votes-discarded", held.size() + " phiếu"));
        return held.size();
    }

    /** Adds one answer in the database itself, so that simultaneous votes never overwrite each other. */
    private void count(Period period, String criterion, SatisfactionLevel level, Instant now) {
        SatisfactionCounts one = level.one();
        em.createNativeQuery("INSERT INTO stats_satisfaction (tenant_id, period_type, period_year, period_number, "
                        + "criterion, very_satisfied, satisfied, not_satisfied, source, as_of, version) "
                        + "VALUES (?, 'MONTH', ?, ?, ?, ?, ?, ?, 'VOTES', ?, 0) ON DUPLICATE KEY UPDATE "
                        + "very_satisfied = very_satisfied + VALUES(very_satisfied), "
                        + "satisfied = satisfied + VALUES(satisfied), not_satisfied = not_satisfied + VALUES(not_satisfied), "
                        + "as_of = VALUES(as_of), version = version + 1")
                .setParameter(1, currentTenant.get().getCode().value())
                .setParameter(2, period.year()).setParameter(3, period.number()).setParameter(4, criterion)
                .setParameter(5, one.verySatisfied()).setParameter(6, one.satisfied())
                .setParameter(7, one.notSatisfied()).setParameter(8, java.sql.Timestamp.from(now))
                .setHint("eclipselink.jdbc.allow-native-sql-query", true)
                .executeUpdate();
    }

    /** This month's portal votes, if any. */
    public Optional<SatisfactionFigures> portalVotes(Period month) {
        return findSatisfaction(month, PORTAL_VOTES);
    }

    private Optional<SatisfactionFigures> findSatisfaction(Period period, String criterion) {
        return em.createNamedQuery(SatisfactionFigures.BY_KEY, SatisfactionFigures.class)
                .setParameter("type", period.type()).setParameter("year", period.year())
                .setParameter("number", period.number()).setParameter("criterion", criterion)
                .getResultStream().findFirst();
    }

    /** All-or-nothing: every row is stored, or (on any refusal) none. */
    public int recordAll(List<ProcessingRow> rows, Source source, Instant asOf) {
        rows.forEach(r -> storeProcessing(r.period(), r.group(), r.counts(), source, asOf));
        activities.fire(new vn.provportal.platform.Activity("stats.import", "Nhập " + rows.size() + " dòng số liệu từ "
                + source.label()));
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
