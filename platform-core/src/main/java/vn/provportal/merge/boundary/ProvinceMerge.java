package vn.provportal.merge.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.provportal.apikey.entity.ApiKey;
import vn.provportal.archive.control.ProvinceTable;
import vn.provportal.archive.control.ProvinceTables;
import vn.provportal.content.entity.Article;
import vn.provportal.merge.control.MergeSql;
import vn.provportal.platform.Activity;
import vn.provportal.platform.InvalidInput;
import vn.provportal.tenant.entity.Tenant;
import vn.provportal.tenant.entity.TenantStatus;

/**
 * Merges one province into another. {@link #plan} is the dry run; {@link #merge} does it in one transaction, each
 * feature's tables as the feature says through {@link ProvinceTables} (the same list a backup reads):
 * categories mapped onto the target's (same address or same name) or moved, articles moved with a history
 * label ("Trước sắp xếp: …") and clashing addresses renamed, images moved once (duplicates dropped), comments,
 * banners and pages moved, the absorbed province's menu and layout dropped, its API keys revoked, its
 * statistics kept under it as labelled history, and the province marked MERGED. Every renamed or mapped
 * address is written to the absorbed province's redirect table, which the portal consults for its old
 * addresses. Running it again changes nothing.
 */
@ApplicationScoped
@Transactional
public class ProvinceMerge {

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    @Inject
    Event<Activity> activities;

    public MergePlan plan(String sourceCode, String targetCode) {
        if (sourceCode == null || sourceCode.isBlank() || targetCode == null || targetCode.isBlank()) {
            throw InvalidInput.of("merge.choose-province-merge-one");
        }
        if (sourceCode.equals(targetCode)) {
            // no plan at all: a plan of a province "moving" into itself listed every article as renamed
            throw InvalidInput.of("merge.province-cannot-merged-into");
        }
        Tenant source = tenant(sourceCode);
        Tenant target = tenant(targetCode);
        MergeSql sql = new MergeSql(em, sourceCode, targetCode);
        List<String> refusals = refusals(source, target);
        return new MergePlan(sourceCode, source.getNameVi(), targetCode, target.getNameVi(),
                sql.count("SELECT COUNT(*) FROM article WHERE tenant_id = ?", "S"),
                sql.count("SELECT COUNT(*) FROM article_comment WHERE tenant_id = ?", "S"),
                sql.count("SELECT COUNT(*) FROM media_file WHERE tenant_id = ?", "S"),
                sql.count("SELECT COUNT(*) FROM media_file s WHERE s.tenant_id = ? AND EXISTS (SELECT 1 FROM media_file t "
                        + "WHERE t.tenant_id = ? AND t.sha256 = s.sha256)", "S", "T"),
                sql.count("SELECT COUNT(*) FROM banner WHERE tenant_id = ?", "S"),
                sql.count("SELECT COUNT(*) FROM static_page WHERE tenant_id = ?", "S"),
                sql.count("SELECT (SELECT COUNT(*) FROM stats_processing WHERE tenant_id = ?) "
                        + "+ (SELECT COUNT(*) FROM stats_satisfaction WHERE tenant_id = ?)", "S", "S"),
                categories(sql), renamedArticles(sql), renamedPages(sql), refusals);
    }

    /**
     * Does the merge, or nothing: a refusal (self-merge, a suspended, archived or merged target, a cycle) or
     * any failure leaves both provinces exactly as they were. A merge already done is reported, not repeated.
     */
    public MergePlan merge(String sourceCode, String targetCode, String user) {
        Tenant source = em.find(Tenant.class, tenant(sourceCode).getId(), LockModeType.PESSIMISTIC_WRITE);
        Tenant target = em.find(Tenant.class, tenant(targetCode).getId(), LockModeType.PESSIMISTIC_WRITE);
        if (source.isMerged() && targetCode.equals(source.getMergedInto())) {
            return plan(sourceCode, targetCode);
        }
        MergePlan plan = plan(sourceCode, targetCode);
        if (!plan.isAllowed()) {
            throw InvalidInput.of("merge.merge-refused", String.join("; ", plan.refusals()));
        }
        Instant now = Instant.now();
        MergeSql sql = new MergeSql(em, sourceCode, targetCode, source.getNameVi(), now);
        // each feature says what becomes of its tables (moved, mapped, renamed with a 301, kept, dropped)
        for (ProvinceTable table : ProvinceTables.ordered()) {
            table.merge().merge(sql, table.name());
        }
        // through the entities, not SQL: cache coordination then tells every war and node at once
        em.createNamedQuery(ApiKey.OF_TENANT, ApiKey.class).setParameter("tenant", sourceCode).getResultList().stream()
                .filter(ApiKey::isActive).forEach(key -> key.revoke(now));
        source.mergedInto(target, now);
        sql.update("INSERT INTO tenant_merge (source_code, target_code, merged_at, merged_by, summary) VALUES (?, ?, ?, ?, ?)",
                sourceCode, targetCode, now, user, summary(plan));
        em.flush();
        em.getEntityManagerFactory().getCache().evictAll();
        activities.fire(new Activity("province.merged", summary(plan)));
        return plan;
    }

    private List<String> refusals(Tenant source, Tenant target) {
        List<String> refusals = new ArrayList<>();
        if (source.getCode().equals(target.getCode())) {
            refusals.add("Không thể sáp nhập một tỉnh vào chính nó");
        }
        if (target.getStatus() != TenantStatus.ACTIVE) {
            refusals.add("Tỉnh nhận (" + target.getNameVi() + ") đang ở trạng thái " + target.getStatus()
                    + "; chỉ sáp nhập vào tỉnh đang hoạt động");
        }
        if (source.isMerged() && !target.getCode().value().equals(source.getMergedInto())) {
            refusals.add(source.getNameVi() + " đã sáp nhập vào " + source.getMergedInto());
        }
        Set<String> seen = new HashSet<>(Set.of(source.getCode().value()));
        for (String next = target.getMergedInto(); next != null; next = tenant(next).getMergedInto()) {
            if (!seen.add(next)) {
                refusals.add("Sáp nhập tạo thành vòng lặp");
                break;
            }
        }
        if (target.getMergedInto() != null && target.getMergedInto().equals(source.getCode().value())) {
            refusals.add("Sáp nhập tạo thành vòng lặp: " + target.getNameVi() + " đã sáp nhập vào " + source.getNameVi());
        }
        return refusals;
    }

    private List<MergePlan.CategoryMapping> categories(MergeSql sql) {
        List<MergePlan.CategoryMapping> mappings = new ArrayList<>();
        for (Object[] row : sql.categoryMappings()) {
            String targetSlug = (String) row[2];
            String targetName = targetSlug == null ? (String) row[1] : (String) sql.rows("SELECT name, id FROM category "
                    + "WHERE tenant_id = ? AND slug = ?", "T", targetSlug).get(0)[0];
            mappings.add(new MergePlan.CategoryMapping((String) row[0], (String) row[1],
                    targetSlug == null ? (String) row[0] : targetSlug, targetName, targetSlug != null));
        }
        return mappings;
    }

    private List<MergePlan.Rename> renamedArticles(MergeSql sql) {
        return sql.clashes("article").stream().map(row -> (String) row[0])
                .map(slug -> new MergePlan.Rename(Article.PATH + slug, Article.PATH + sql.renamed(slug))).toList();
    }

    /** Clashing pages, by the address each language gives them ({@code /trang/…} or {@code /en/…}). */
    private List<MergePlan.Rename> renamedPages(MergeSql sql) {
        return sql.clashes("static_page", "language").stream()
                .map(row -> {
                    String prefix = "en".equals(row[1]) ? "/en/" : "/trang/";
                    return new MergePlan.Rename(prefix + row[0], prefix + sql.renamed((String) row[0]));
                }).toList();
    }

    private static String summary(MergePlan plan) {
        return plan.sourceName() + " → " + plan.targetName() + ": " + plan.articles() + " bài, " + plan.comments()
                + " bình luận, " + plan.media() + " ảnh (" + plan.duplicateMedia() + " trùng), " + plan.banners() + " banner, "
                + plan.pages() + " trang, " + plan.categories().size() + " chuyên mục, " + plan.renamedArticles().size()
                + " địa chỉ bài đổi tên";
    }

    private Tenant tenant(String code) {
        return em.createNamedQuery(Tenant.BY_CODE, Tenant.class).setParameter("code", code).getResultStream().findFirst()
                .orElseThrow(() -> InvalidInput.of("tenant.no-province", code));
    }
}
