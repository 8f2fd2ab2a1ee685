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
import vn.provportal.merge.control.MergeSql;
import vn.provportal.platform.Activity;
import vn.provportal.platform.InvalidInput;
import vn.provportal.tenant.entity.Tenant;
import vn.provportal.tenant.entity.TenantStatus;

/**
 * Merges one province into another. {@link #plan} is the dry run; {@link #merge} does it in one transaction:
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
        MergeSql sql = new MergeSql(em, sourceCode, targetCode);
        dropLayout(sql);
        mergeCategories(sql, plan, now);
        moveArticles(sql, plan, source, now);
        moveMedia(sql);
        movePages(sql, plan, now);
        sql.update("UPDATE banner SET tenant_id = ?, position = position + 1000 WHERE tenant_id = ?", targetCode, sourceCode);
        // the merged province's leadership schedule stays readable, week by week, in the province it joined
        sql.update("UPDATE schedule_entry SET tenant_id = ? WHERE tenant_id = ?", targetCode, sourceCode);
        // citizens' questions go with their answers and tracking codes (unique across provinces): an old
        // /<source>/hoi-dap/<id> leads to the same id in the province it joined, and a code still finds its question
        sql.update("UPDATE question SET tenant_id = ? WHERE tenant_id = ?", targetCode, sourceCode);
        moveDocuments(sql, now);
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
        for (Object[] row : sql.rows("SELECT s.slug, s.name, (SELECT t.slug FROM category t WHERE t.tenant_id = ? AND "
                + "(t.slug = s.slug OR t.name = s.name) ORDER BY t.slug = s.slug DESC, t.id LIMIT 1) FROM category s "
                + "WHERE s.tenant_id = ? ORDER BY s.position, s.id", "T", "S")) {
            String targetSlug = (String) row[2];
            String targetName = targetSlug == null ? (String) row[1] : (String) sql.rows("SELECT name, id FROM category "
                    + "WHERE tenant_id = ? AND slug = ?", "T", targetSlug).get(0)[0];
            mappings.add(new MergePlan.CategoryMapping((String) row[0], (String) row[1],
                    targetSlug == null ? (String) row[0] : targetSlug, targetName, targetSlug != null));
        }
        return mappings;
    }

    private List<MergePlan.Rename> renamedArticles(MergeSql sql) {
        return renames(sql.rows("SELECT s.slug, s.id FROM article s WHERE s.tenant_id = ? AND EXISTS (SELECT 1 FROM "
                + "article t WHERE t.tenant_id = ? AND t.slug = s.slug) ORDER BY s.id", "S", "T"), sql.source(), "/tin-tuc/");
    }

    /** Clashing pages, by the address each language gives them ({@code /trang/…} or {@code /en/…}). */
    private List<MergePlan.Rename> renamedPages(MergeSql sql) {
        return sql.rows("SELECT s.slug, s.language FROM static_page s WHERE s.tenant_id = ? AND EXISTS (SELECT 1 "
                + "FROM static_page t WHERE t.tenant_id = ? AND t.slug = s.slug AND t.language = s.language) "
                + "ORDER BY s.id", "S", "T").stream()
                .map(row -> {
                    String prefix = "en".equals(row[1]) ? "/en/" : "/trang/";
                    return new MergePlan.Rename(prefix + row[0], prefix + row[0] + "-" + sql.source());
                }).toList();
    }

    private static List<MergePlan.Rename> renames(List<Object[]> clashes, String source, String prefix) {
        return clashes.stream().map(row -> new MergePlan.Rename(prefix + row[0], prefix + row[0] + "-" + source)).toList();
    }

    /** The absorbed province's menu and widget layout go; the target keeps its own. */
    private static void dropLayout(MergeSql sql) {
        sql.update("UPDATE menu_item SET parent_id = NULL WHERE tenant_id = ?", sql.source());
        sql.update("DELETE FROM menu_item WHERE tenant_id = ?", sql.source());
        sql.update("DELETE FROM widget_placement WHERE tenant_id = ?", sql.source());
    }

    private static void mergeCategories(MergeSql sql, MergePlan plan, Instant now) {
        for (MergePlan.CategoryMapping c : plan.categories()) {
            if (c.merged()) {
                sql.update("UPDATE article a JOIN category s ON s.id = a.category_id AND s.tenant_id = ? AND s.slug = ? "
                        + "JOIN category t ON t.tenant_id = ? AND t.slug = ? SET a.category_id = t.id WHERE a.tenant_id = ?",
                        sql.source(), c.sourceSlug(), sql.target(), c.targetSlug(), sql.source());
                sql.update("DELETE FROM category WHERE tenant_id = ? AND slug = ?", sql.source(), c.sourceSlug());
                if (!c.sourceSlug().equals(c.targetSlug())) {
                    sql.redirect("/chuyen-muc/" + c.sourceSlug(), "/chuyen-muc/" + c.targetSlug(), now);
                }
            }
        }
        sql.move("category");
    }

    private static void moveArticles(MergeSql sql, MergePlan plan, Tenant source, Instant now) {
        for (MergePlan.Rename rename : plan.renamedArticles()) {
            sql.update("UPDATE article SET slug = ? WHERE tenant_id = ? AND slug = ?",
                    rename.to().substring("/tin-tuc/".length()), sql.source(), rename.from().substring("/tin-tuc/".length()));
            sql.redirect(rename.from(), rename.to(), now);
        }
        sql.update("UPDATE article SET history_label = ? WHERE tenant_id = ? AND history_label IS NULL",
                "Trước sắp xếp: " + source.getNameVi(), sql.source());
        for (String table : List.of("article", "article_image", "article_revision", "preview_link", "article_comment")) {
            sql.move(table);
        }
    }

    /**
     * The legal documents registry moves whole. A number both provinces used (each its own UBND's decision 12/2025/QĐ-UBND)
     * keeps both documents: the moved one's address gets the absorbed province's code, with a 301 from the old one,
     * and its number key the same suffix, so the joined province's own document is the one a number names.
     */
    private static void moveDocuments(MergeSql sql, Instant now) {
        renameClashes(sql, "legal_document", "/van-ban/", now);
        sql.update("UPDATE legal_document s JOIN legal_document t ON t.tenant_id = ? AND t.number_key = s.number_key "
                + "SET s.number_key = CONCAT(s.number_key, '#', ?) WHERE s.tenant_id = ?", sql.target(), sql.source(), sql.source());
        sql.move("legal_document");
        sql.move("legal_document_file");
        // draft consultations with their opinions and summaries, at their addresses or, where the joined province has
        // one of the same name, at the same address with the absorbed province's code
        renameClashes(sql, "consultation", "/gop-y-du-thao/", now);
        sql.move("consultation");
        sql.move("consultation_opinion");
    }

    /** Rows of {@code table} whose slug the target also uses get {@code slug-<source>}, with a 301 from the old path. */
    private static void renameClashes(MergeSql sql, String table, String prefix, Instant now) {
        for (MergePlan.Rename rename : renames(sql.rows("SELECT s.slug, s.id FROM " + table + " s WHERE s.tenant_id = ? "
                + "AND EXISTS (SELECT 1 FROM " + table + " t WHERE t.tenant_id = ? AND t.slug = s.slug) ORDER BY s.id", "S", "T"),
                sql.source(), prefix)) {
            sql.update("UPDATE " + table + " SET slug = ? WHERE tenant_id = ? AND slug = ?",
                    rename.to().substring(prefix.length()), sql.source(), rename.from().substring(prefix.length()));
            sql.redirect(rename.from(), rename.to(), now);
        }
    }

    private static void moveMedia(MergeSql sql) {
        String duplicate = " s WHERE s.tenant_id = ? AND EXISTS (SELECT 1 FROM media_file t WHERE t.tenant_id = ? AND t.sha256 = s.sha256)";
        sql.update("DELETE s FROM media_derivative" + duplicate, sql.source(), sql.target());
        sql.update("DELETE s FROM media_file" + duplicate, sql.source(), sql.target());
        sql.move("media_file");
        sql.move("media_derivative");
    }

    private static void movePages(MergeSql sql, MergePlan plan, Instant now) {
        for (MergePlan.Rename rename : plan.renamedPages()) {
            String language = rename.from().startsWith("/en/") ? "en" : "vi";
            int cut = rename.from().indexOf('/', 1) + 1;
            sql.update("UPDATE static_page SET slug = ? WHERE tenant_id = ? AND language = ? AND slug = ?",
                    rename.to().substring(cut), sql.source(), language, rename.from().substring(cut));
            sql.redirect(rename.from(), rename.to(), now);
        }
        sql.move("static_page");
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
