package vn.provportal.portal.api;

import java.time.Instant;
import vn.provportal.platform.InvalidInput;
import vn.provportal.stats.entity.ProcessingCounts;

/** Processing figures as the API receives them (JSON). Missing counts are refused, not taken as 0. */
public class ProcessingPayload {

    public String procedureGroup;
    public Long receivedOnline;
    public Long receivedOffline;
    public Long resolvedEarly;
    public Long resolvedOnTime;
    public Long resolvedLate;
    public Long pendingInTime;
    public Long pendingOverdue;
    public Instant asOf;

    ProcessingCounts counts() {
        Long[] all = {receivedOnline, receivedOffline, resolvedEarly, resolvedOnTime, resolvedLate, pendingInTime,
                pendingOverdue};
        for (Long n : all) {
            if (n == null) {
                throw InvalidInput.of("api.missing-counts");
            }
        }
        return new ProcessingCounts(receivedOnline, receivedOffline, resolvedEarly, resolvedOnTime, resolvedLate,
                pendingInTime, pendingOverdue);
    }
}
