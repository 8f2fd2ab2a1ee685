package vn.provportal.archive.control;

import java.util.Map;

/**
 * What a restore wrote.
 *
 * @param from     the code the archive was taken under
 * @param to       the code the province now has
 * @param written  rows written, table by table
 * @param left     rows left behind because they identify the original (a copy under a new code)
 * @param unlinked references to rows the province no longer had, written empty (or their row skipped)
 */
public record RestoreReport(String from, String to, String schemaVersion, Map<String, Long> written, Map<String, Long> left,
        long unlinked) {

    public RestoreReport {
        written = Map.copyOf(written);
        left = Map.copyOf(left);
    }

    public long rows() {
        return written.values().stream().mapToLong(Long::longValue).sum();
    }
}
