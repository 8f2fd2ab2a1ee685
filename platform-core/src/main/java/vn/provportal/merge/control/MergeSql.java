package vn.provportal.merge.control;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The native SQL of a merge, each statement naming the source and target provinces explicitly. Runs in the
 * caller's transaction, so either every statement takes effect or none does.
 */
public final class MergeSql {

    private static final String NATIVE = "eclipselink.jdbc.allow-native-sql-query";

    private final EntityManager em;
    private final String source;
    private final String target;

    public MergeSql(EntityManager em, String source, String target) {
        this.em = em;
        this.source = source;
        this.target = target;
    }

    /** A count; {@code ?} placeholders take {@code parameters} in order ("S" and "T" stand for the two provinces). */
    public long count(String sql, Object... parameters) {
        return ((Number) query(sql, parameters).getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    public List<Object[]> rows(String sql, Object... parameters) {
        return query(sql, parameters).getResultList();
    }

    private jakarta.persistence.Query query(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql).setHint(NATIVE, true);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, "S".equals(parameters[i]) ? source : "T".equals(parameters[i]) ? target : parameters[i]);
        }
        return query;
    }

    /** Runs {@code sql} with the given parameters (source and target are not implied). */
    public int update(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql).setHint(NATIVE, true);
        for (int i = 0; i < parameters.length; i++) {
            Object p = parameters[i] instanceof Instant instant ? Timestamp.from(instant) : parameters[i];
            query.setParameter(i + 1, p);
        }
        return query.executeUpdate();
    }

    /** Moves every row of {@code table} from the source to the target province. */
    public int move(String table) {
        return update("UPDATE " + table + " SET tenant_id = ? WHERE tenant_id = ?", target, source);
    }

    /** A redirect kept under the absorbed province, consulted for its old addresses. */
    public void redirect(String oldPath, String newPath, Instant now) {
        update("INSERT INTO redirect (tenant_id, old_path, new_path, created_at) VALUES (?, ?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE new_path = VALUES(new_path)", source, oldPath, newPath, now);
    }

    public String source() {
        return source;
    }

    public String target() {
        return target;
    }
}
