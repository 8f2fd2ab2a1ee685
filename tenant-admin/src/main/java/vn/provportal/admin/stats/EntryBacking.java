package vn.provportal.admin.stats;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import vn.provportal.admin.workspace.Faces;
import vn.provportal.stats.boundary.Statistics;
import vn.provportal.stats.entity.Period;
import vn.provportal.stats.entity.ProcessingCounts;
import vn.provportal.stats.entity.SatisfactionCounts;
import vn.provportal.stats.entity.Source;

/**
 * Backs {@code /stats/entry.xhtml}: a period's figures typed in by the province, and the citizens' votes held
 * back from a burst, to count or discard. Refused figures keep what was typed and say why.
 */
@Named
@RequestScoped
public class EntryBacking {

    @Inject
    Statistics statistics;

    private String period = "";
    private String group = "";
    private long receivedOnline;
    private long receivedOffline;
    private long resolvedEarly;
    private long resolvedOnTime;
    private long resolvedLate;
    private long pendingInTime;
    private long pendingOverdue;
    private long verySatisfied;
    private long satisfied;
    private long notSatisfied;
    private int heldVotes = -1;

    public void saveProcessing() {
        Faces.attempt(() -> statistics.recordProcessing(Period.parse(period), group, new ProcessingCounts(receivedOnline,
                receivedOffline, resolvedEarly, resolvedOnTime, resolvedLate, pendingInTime, pendingOverdue),
                Source.MANUAL, Instant.now()), "done.stats.processing", period);
    }

    /** Votes of a burst, waiting (Statistics.BURST_VOTES); shown with what to do about them. */
    public int getHeldVotes() {
        if (heldVotes < 0) {
            heldVotes = statistics.heldVotes().size();
        }
        return heldVotes;
    }

    public void countHeldVotes() {
        int counted = statistics.releaseHeldVotes();
        heldVotes = 0;
        Faces.info("done.votes.counted", counted);
    }

    public void discardHeldVotes() {
        int discarded = statistics.discardHeldVotes();
        heldVotes = 0;
        Faces.info("done.votes.discarded", discarded);
    }

    public void saveSatisfaction() {
        Faces.attempt(() -> statistics.recordSatisfaction(Period.parse(period), group,
                new SatisfactionCounts(verySatisfied, satisfied, notSatisfied), Source.MANUAL, Instant.now()),
                "done.stats.satisfaction", period);
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group;
    }

    public long getReceivedOnline() {
        return receivedOnline;
    }

    public void setReceivedOnline(long receivedOnline) {
        this.receivedOnline = receivedOnline;
    }

    public long getReceivedOffline() {
        return receivedOffline;
    }

    public void setReceivedOffline(long receivedOffline) {
        this.receivedOffline = receivedOffline;
    }

    public long getResolvedEarly() {
        return resolvedEarly;
    }

    public void setResolvedEarly(long resolvedEarly) {
        this.resolvedEarly = resolvedEarly;
    }

    public long getResolvedOnTime() {
        return resolvedOnTime;
    }

    public void setResolvedOnTime(long resolvedOnTime) {
        this.resolvedOnTime = resolvedOnTime;
    }

    public long getResolvedLate() {
        return resolvedLate;
    }

    public void setResolvedLate(long resolvedLate) {
        this.resolvedLate = resolvedLate;
    }

    public long getPendingInTime() {
        return pendingInTime;
    }

    public void setPendingInTime(long pendingInTime) {
        this.pendingInTime = pendingInTime;
    }

    public long getPendingOverdue() {
        return pendingOverdue;
    }

    public void setPendingOverdue(long pendingOverdue) {
        this.pendingOverdue = pendingOverdue;
    }

    public long getVerySatisfied() {
        return verySatisfied;
    }

    public void setVerySatisfied(long verySatisfied) {
        this.verySatisfied = verySatisfied;
    }

    public long getSatisfied() {
        return satisfied;
    }

    public void setSatisfied(long satisfied) {
        this.satisfied = satisfied;
    }

    public long getNotSatisfied() {
        return notSatisfied;
    }

    public void setNotSatisfied(long notSatisfied) {
        this.notSatisfied = notSatisfied;
    }
}
