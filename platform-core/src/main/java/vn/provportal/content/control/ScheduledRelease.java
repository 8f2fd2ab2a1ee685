package vn.provportal.content.control;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts scheduled articles online, and takes expiring ones down, when their time has come, safely with several application nodes
 * (ARCHITECTURE.md, decision 7): due rows are claimed with {@code SELECT … FOR UPDATE SKIP LOCKED}, so a row
 * another node is releasing is skipped, not waited for nor released twice. Runs inside the caller's transaction;
 * its native SQL names each row's tenant explicitly.
 */
public final class ScheduledRelease {

    private static final String CLAIM = "SELECT id, tenant_id FROM article WHERE status = 'SCHEDULED' "
            + "AND published_at <= ? ORDER BY published_at, id LIMIT ? FOR UPDATE SKIP LOCKED";
    private static final String RELEASE = "UPDATE article SET status = 'PUBLISHED', updated_at = ?, "
            + "version = version + 1 WHERE id = ? AND tenant_id = ? AND status = 'SCHEDULED'";
    private static final String CLAIM_EXPIRED = "SELECT id, tenant_id, slug FROM article WHERE status IN ('PUBLISHED', "
            + "'WITHDRAWN') AND unpublish_at <= ? ORDER BY unpublish_at, id LIMIT ? FOR UPDATE SKIP LOCKED";
    private static final String TAKE_DOWN = "UPDATE article SET status = 'UNPUBLISHED', updated_at = ?, version = version + 1, "
            + "unpublish_reason = 'Hết thời hạn đăng theo lịch', redirect_to = '/' WHERE id = ? AND tenant_id = ? "
            + "AND status IN ('PUBLISHED', 'WITHDRAWN')";
    private static final String REDIRECT_HOME = "INSERT INTO redirect (tenant_id, old_path, new_path, created_at) "
            + "VALUES (?, ?, '/', ?) ON DUPLICATE KEY UPDATE new_path = '/'";
    private static final String NATIVE = "eclipselink.jdbc.allow-native-sql-query";

    /** One released article. */
    public record Released(long id, String tenant) {
    }

    private ScheduledRelease() {
    }

    @SuppressWarnings("unchecked")
    public static List<Released> releaseDue(EntityManager em, Instant now, int max) {
        List<Object[]> due = em.createNativeQuery(CLAIM).setParameter(1, Timestamp.from(now)).setParameter(2, max)
                .setHint(NATIVE, true).getResultList();
        List<Released> released = new ArrayList<>();
        for (Object[] row : due) {
            long id = ((Number) row[0]).longValue();
            String tenant = (String) row[1];
            int updated = em.createNativeQuery(RELEASE).setParameter(1, Timestamp.from(now)).setParameter(2, id)
                    .setParameter(3, tenant).setHint(NATIVE, true).executeUpdate();
            if (updated == 1) {
                released.add(new Released(id, tenant));
            }
        }
        return released;
    }

    /** Takes down articles whose planned take-down time has come; their address then leads home. */
    @SuppressWarnings("unchecked")
    public static List<Released> takeDownExpired(EntityManager em, Instant now, int max) {
        List<Object[]> due = em.createNativeQuery(CLAIM_EXPIRED).setParameter(1, Timestamp.from(now))
                .setParameter(2, max).setHint(NATIVE, true).getResultList();
        List<Released> takenDown = new ArrayList<>();
        for (Object[] row : due) {
            long id = ((Number) row[0]).longValue();
            String tenant = (String) row[1];
            int updated = em.createNativeQuery(TAKE_DOWN).setParameter(1, Timestamp.from(now)).setParameter(2, id)
                    .setParameter(3, tenant).setHint(NATIVE, true).executeUpdate();
            if (updated == 1) {
                em.createNativeQuery(REDIRECT_HOME).setParameter(1, tenant).setParameter(2, "/tin-tuc/" + row[2])
                        .setParameter(3, Timestamp.from(now)).setHint(NATIVE, true).executeUpdate();
                takenDown.add(new Released(id, tenant));
            }
        }
        return takenDown;
    }
}
