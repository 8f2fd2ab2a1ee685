package vn.provportal.platform.persistence;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Platform code that reads all provinces at once (the ministry's fleet, the compliance checklist): native SQL whose
 * first column is {@code tenant_id}, grouped by it explicitly, its rows by province code.
 */
public final class PerProvince {

    private static final String NATIVE = "eclipselink.jdbc.allow-native-sql-query";

    private PerProvince() {
    }

    /** The rows of {@code sql} (first column {@code tenant_id}) by province code; {@code ?} filled in order. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object[]> rows(EntityManager em, String sql, Object... parameters) {
        var query = em.createNativeQuery(sql).setHint(NATIVE, true);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        Map<String, Object[]> rows = new HashMap<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            rows.put((String) row[0], row);
        }
        return rows;
    }

    /** A DATETIME column's value as the driver returns it, as an instant; null for none. */
    public static Instant instant(Object value) {
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof java.time.LocalDateTime ldt) {
            return ldt.atZone(java.time.ZoneId.systemDefault()).toInstant();
        }
        return value instanceof Instant i ? i : null;
    }

    /** A count or sum column as a number; 0 for none. */
    public static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
