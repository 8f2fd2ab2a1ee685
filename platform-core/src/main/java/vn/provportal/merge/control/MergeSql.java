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
    private final String sourceName;
    private final Instant now;

    public MergeSql(EntityManager em, String source, String target) {
        this(em, source, target, source, Instant.now());
    }

    /** For the merge itself: the absorbed province's name labels its history, {@code now} dates its redirects. */
    public MergeSql(EntityManager em, String source, String target, String sourceName, Instant now) {
        this.em = em;
        this.source = source;
        this.target = target;
        this.sourceName = sourceName;
        this.now = now;
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

    /** A redirect, dated now, kept under the absorbed province. */
    public void redirect(String oldPath, String newPath) {
        redirect(oldPath, newPath, now);
    }

    /**
     * The slugs of {@code table}'s rows (with a {@code slug} column) the two provinces both use, with {@code sameAlso}
     * (columns that must match too, such as a page's language), the absorbed province's first.
     */
    public List<Object[]> clashes(String table, String... sameAlso) {
        StringBuilder also = new StringBuilder();
        StringBuilder columns = new StringBuilder("s.slug");
        for (String column : sameAlso) {
            also.append(" AND t.").append(column).append(" = s.").append(column);
            columns.append(", s.").append(column);
        }
        // the id last: a single column would come back as values, not rows
        return rows("SELECT " + columns + ", s.id FROM " + table + " s WHERE s.tenant_id = ? AND EXISTS (SELECT 1 FROM " + table
                + " t WHERE t.tenant_id = ? AND t.slug = s.slug" + also + ") ORDER BY s.id", "S", "T");
    }

    /** The address a clashing slug moves to: the absorbed province's code after it. */
    public String renamed(String slug) {
        return slug + "-" + source;
    }

    /** Renames the absorbed province's clashing rows of {@code table} and keeps a 301 from each old address. */
    public void renameClashes(String table, String prefix) {
        for (Object[] clash : clashes(table)) {
            String slug = (String) clash[0];
            update("UPDATE " + table + " SET slug = ? WHERE tenant_id = ? AND slug = ?", renamed(slug), source, slug);
            redirect(prefix + slug, prefix + renamed(slug));
        }
    }

    /**
     * Each of the absorbed province's categories with the joined province's category it maps onto (same address, else
     * same name; {@code null} when it has none): source slug, source name, target slug.
     */
    public List<Object[]> categoryMappings() {
        return rows("SELECT s.slug, s.name, (SELECT t.slug FROM category t WHERE t.tenant_id = ? AND "
                + "(t.slug = s.slug OR t.name = s.name) ORDER BY t.slug = s.slug DESC, t.id LIMIT 1) FROM category s "
                + "WHERE s.tenant_id = ? ORDER BY s.position, s.id", "T", "S");
    }

    public String sourceName() {
        return sourceName;
    }

    public String source() {
        return source;
    }

    public String target() {
        return target;
    }
}
