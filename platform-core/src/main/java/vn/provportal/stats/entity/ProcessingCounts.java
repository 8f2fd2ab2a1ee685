package vn.provportal.stats.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.provportal.platform.InvalidInput;

/**
 * Dossier counts of one period: received (online, in person), resolved (early, on time, late) and still in
 * progress (within time, overdue). No count is negative and the parts never exceed what was received.
 */
public record ProcessingCounts(long receivedOnline, long receivedOffline, long resolvedEarly, long resolvedOnTime,
        long resolvedLate, long pendingInTime, long pendingOverdue) implements java.io.Serializable {

    public ProcessingCounts {
        long[] all = {receivedOnline, receivedOffline, resolvedEarly, resolvedOnTime, resolvedLate, pendingInTime,
                pendingOverdue};
        for (long n : all) {
            if (n < 0) {
                throw InvalidInput.of("stats.counts-must-not-negative");
            }
        }
        long resolved = resolvedEarly + resolvedOnTime + resolvedLate;
        long pending = pendingInTime + pendingOverdue;
        if (resolved + pending > receivedOnline + receivedOffline) {
            throw InvalidInput.of("stats.resolved-plus-progress-exceeds", (resolved + pending), (receivedOnline + receivedOffline));
        }
    }

    public long received() {
        return receivedOnline + receivedOffline;
    }

    public long resolved() {
        return resolvedEarly + resolvedOnTime + resolvedLate;
    }

    public long pending() {
        return pendingInTime + pendingOverdue;
    }

    /** Share of resolved dossiers resolved early or on time, in percent with one decimal; 0 when none. */
    public BigDecimal onTimeRate() {
        return percent(resolvedEarly + resolvedOnTime, resolved());
    }

    public BigDecimal onlineRate() {
        return percent(receivedOnline, received());
    }

    static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
