package vn.provportal.merge.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.provportal.archive.control.ProvinceTable;
import vn.provportal.archive.control.ProvinceTables;
import vn.provportal.banner.entity.Banner;
import vn.provportal.content.entity.Article;
import vn.provportal.content.entity.Category;
import vn.provportal.content.entity.Slug;
import vn.provportal.menu.entity.MenuItem;
import vn.provportal.merge.control.MergeStep;
import vn.provportal.platform.InvalidInput;
import vn.provportal.tenant.entity.Tenant;
import vn.provportal.tenant.entity.TenantCode;
import vn.provportal.tenant.entity.TenantStatus;
import vn.provportal.tenant.entity.Theme;
import vn.provportal.testing.Fixtures;
import vn.provportal.testing.TestDatabase;
import vn.provportal.testing.TestPersistence;
import vn.provportal.testing.Wired;

/**
 * Merging provinces on a real MariaDB with realistic fixtures: what the dry run promises is what happens,
 * clashing addresses are renamed and redirected, content is labelled as history, a second run changes
 * nothing, refusals change nothing, and a failure midway leaves both provinces exactly as before.
 */
class ProvinceMergeIT {

    private static final String NATIVE = "eclipselink.jdbc.allow-native-sql-query";
    private static TestPersistence jpa;

    @BeforeAll
    static void start() {
        jpa = new TestPersistence(TestDatabase.ensureStarted());
    }

    @AfterAll
    static void stop() {
        jpa.close();
    }

    private static <T> T merger(Function<ProvinceMerge, T> work) {
        return Wired.call(jpa, null, new ProvinceMerge(), work);
    }

    @Test
    void theDryRunShowsWhatTheMergeThenDoesInOneGo() {
        String target = province("hy", "Công an tỉnh Hưng Yên thử");
        String source = province("tb", "Công an tỉnh Thái Bình thử");
        Map<String, Long> sourceBefore = counts(source);
        Map<String, Long> targetBefore = counts(target);
        Map<String, Long> everyTableBefore = everyTable(source);

        MergePlan plan = merger(m -> m.plan(source, target));
        assertTrue(plan.isAllowed(), plan.refusals().toString());
        assertEquals(6, plan.articles());
        assertEquals(2, plan.comments());
        assertEquals(2, plan.media());
        assertEquals(1, plan.duplicateMedia());
        assertEquals(List.of(new MergePlan.Rename("/tin-tuc/tin-trung-ten", "/tin-tuc/tin-trung-ten-" + source)),
                plan.renamedArticles());
        assertEquals(List.of(new MergePlan.Rename("/trang/gioi-thieu", "/trang/gioi-thieu-" + source)), plan.renamedPages());
        assertEquals(List.of("tin-tuc→tin-tuc merged", "giao-thong→giao-thong-van-tai merged", "an-ninh→an-ninh moved"),
                plan.categories().stream().map(c -> c.sourceSlug() + "→" + c.targetSlug() + (c.merged() ? " merged" : " moved")).toList());
        assertEquals(sourceBefore, counts(source), "a dry run changes nothing");
        // what the dry-run screen shows (it reads the getters): the same figures as the plan
        assertEquals(List.of(plan.articles(), plan.comments(), plan.media(), plan.duplicateMedia(), plan.banners(), plan.pages(),
                plan.statisticsPeriods()), List.of(plan.getArticles(), plan.getComments(), plan.getMedia(),
                plan.getDuplicateMedia(), plan.getBanners(), plan.getPages(), plan.getStatisticsPeriods()));
        assertEquals(List.of(1L, 1L), List.of(plan.banners(), plan.pages()));
        assertEquals(plan.categories(), plan.getCategories());
        assertEquals(List.of("Tin tức→Tin tức", "Giao thông vận tải→Giao thông vận tải"), plan.getCategories().stream()
                .filter(MergePlan.CategoryMapping::merged).map(c -> c.getSourceName() + "→" + c.getTargetName()).toList());
        assertEquals("An ninh trật tự", plan.getCategories().get(2).getSourceName());
        assertEquals(List.of(true, true, false), plan.getCategories().stream().map(MergePlan.CategoryMapping::isMerged).toList());
        assertEquals(List.of("/tin-tuc/tin-trung-ten→/tin-tuc/tin-trung-ten-" + source), plan.getRenamedArticles().stream()
                .map(r -> r.getFrom() + "→" + r.getTo()).toList());
        assertEquals(plan.renamedPages(), plan.getRenamedPages());
        assertEquals(List.of(), plan.getRefusals());
        assertTrue(plan.getSourceName().startsWith("Công an tỉnh Thái Bình"), plan.getSourceName());
        assertTrue(plan.getTargetName().startsWith("Công an tỉnh Hưng Yên"), plan.getTargetName());

        merger(m -> m.merge(source, target, "ministry-admin"));

        Map<String, Long> targetAfter = counts(target);
        assertEquals(targetBefore.get("article") + 6, targetAfter.get("article"));
        assertEquals(targetBefore.get("article_comment") + 2, targetAfter.get("article_comment"));
        assertEquals(targetBefore.get("media_file") + 1, targetAfter.get("media_file"), "the duplicate image is stored once");
        assertEquals(targetBefore.get("category") + 1, targetAfter.get("category"), "two categories mapped, one moved");
        assertEquals(targetBefore.get("banner") + 1, targetAfter.get("banner"));
        assertEquals(targetBefore.get("static_page") + 1, targetAfter.get("static_page"));
        assertEquals(targetBefore.get("menu_item"), targetAfter.get("menu_item"), "the target keeps its own menu");
        Map<String, Long> sourceAfter = counts(source);
        for (String table : List.of("article", "article_comment", "media_file", "category", "banner", "static_page", "menu_item",
                "legal_document")) {
            assertEquals(0L, sourceAfter.get(table), table + " left behind");
        }
        assertEquals(sourceBefore.get("stats_processing"), sourceAfter.get("stats_processing"), "history stays, labelled");
        // every feature's tables as the feature declares (ProvinceTables): a table it keeps holds what it held (but the
        // records of the merge itself: the 301s, the province marked merged, the merge's line), any other holds nothing
        // of the absorbed province any more
        Map<String, Long> everyTableAfter = everyTable(source);
        for (ProvinceTable table : ProvinceTables.ordered()) {
            if (table.merge() != MergeStep.KEEP) {
                assertEquals(0L, everyTableAfter.get(table.name()), table.name() + " left behind");
            } else if (!java.util.Set.of("redirect", "tenant", "tenant_merge").contains(table.name())) {
                assertEquals(everyTableBefore.get(table.name()), everyTableAfter.get(table.name()), table.name() + " kept");
            }
        }
        assertTrue(everyTableAfter.get("redirect") > everyTableBefore.get("redirect"));
        assertEquals(1L, everyTableAfter.get("tenant_merge"));

        assertEquals(TenantStatus.MERGED, tenant(source).getStatus());
        assertEquals(target, tenant(source).getMergedInto());
        assertEquals("/tin-tuc/tin-trung-ten-" + source, redirectOf(source, "/tin-tuc/tin-trung-ten"));
        assertEquals("/chuyen-muc/giao-thong-van-tai", redirectOf(source, "/chuyen-muc/giao-thong"));
        assertEquals("Trước sắp xếp: Công an tỉnh Thái Bình thử", sql(target,
                "SELECT history_label FROM article WHERE tenant_id = ? AND slug = 'tin-trung-ten-" + source + "'"));
        assertEquals(null, sql(target, "SELECT history_label FROM article WHERE tenant_id = ? AND slug = 'tin-trung-ten'"),
                "the target's own article is untouched");
        assertEquals("giao-thong-van-tai", sql(target, "SELECT c.slug FROM article a JOIN category c ON c.id = a.category_id "
                + "WHERE a.tenant_id = ? AND a.title = 'Tuần tra giao thông Thái Bình'"));
        assertEquals(targetBefore.get("legal_document") + 2, targetAfter.get("legal_document"), "both provinces' documents");
        assertEquals("/van-ban/12-2025-qd-ubnd-" + source, redirectOf(source, "/van-ban/12-2025-qd-ubnd"));
        assertEquals("Công an tỉnh Hưng Yên thử", sql(target, "SELECT issuer FROM legal_document WHERE tenant_id = ? "
                + "AND number_key = '12/2025/qd-ubnd'"), "the joined province's own document is the one its number names");
        assertEquals("12/2025/qd-ubnd#" + source, sql(target, "SELECT number_key FROM legal_document WHERE tenant_id = ? "
                + "AND slug = '12-2025-qd-ubnd-" + source + "'"));
        assertEquals("3/ct-ubnd", sql(target, "SELECT number_key FROM legal_document WHERE tenant_id = ? AND slug = '3-ct-ubnd'"));
        assertEquals("1", sql(source, "SELECT COUNT(*) FROM api_key WHERE tenant_code = ? AND revoked_at IS NOT NULL"),
                "the absorbed province's API key no longer writes");

        Map<String, Long> settled = counts(target);
        MergePlan again = merger(m -> m.merge(source, target, "ministry-admin"));
        assertEquals(settled, counts(target), "running it twice changes nothing");
        assertEquals(0, again.articles());
        assertEquals("1", sql(source, "SELECT COUNT(*) FROM tenant_merge WHERE source_code = ?"));
    }

    @Test
    void refusedMergesChangeNothing() {
        String a = province("ra", "Tỉnh A");
        String b = province("rb", "Tỉnh B");
        String c = province("rc", "Tỉnh C");
        Map<String, Long> before = counts(a);
        assertRefused(a, a, "chính nó");
        // newsroom issue #13 item 8: the dry run planned a province merged into itself
        InvalidInput noPlan = assertThrows(InvalidInput.class, () -> merger(m -> m.plan(a, a)));
        assertTrue(noPlan.messageVi().contains("chính nó"), noPlan.messageVi());
        jpa.inTransaction(null, em -> {
            em.createNamedQuery(Tenant.BY_CODE, Tenant.class).setParameter("code", c).getSingleResult().suspend();
            return null;
        });
        assertRefused(a, c, "SUSPENDED");
        merger(m -> m.merge(b, a, "ministry-admin"));
        assertRefused(a, b, "MERGED");
        assertRefused(b, c, "đã sáp nhập vào " + a);
        jpa.inTransaction(null, em -> {
            em.createNamedQuery(Tenant.BY_CODE, Tenant.class).setParameter("code", c).getSingleResult().resume();
            return null;
        });
        // C active again: the one reason left is that B already went to A
        InvalidInput elsewhere = assertThrows(InvalidInput.class, () -> merger(m -> m.merge(b, c, "x")));
        assertTrue(elsewhere.messageVi().contains("đã sáp nhập vào " + a) && !elsewhere.messageVi().contains("SUSPENDED"),
                elsewhere.messageVi());
        assertTrue(merger(m -> m.plan(b, a)).isAllowed(), "B into A again is the same merge, allowed (and changes nothing)");
        assertEquals(TenantStatus.ACTIVE, tenant(a).getStatus());
        assertEquals(before.get("article") + 6, counts(a).get("article"));
    }

    @Test
    void aFailureMidwayLeavesBothProvincesExactlyAsBefore() {
        String target = province("fa", "Tỉnh nhận");
        String source = province("fb", "Tỉnh nhập");
        Map<String, Long> sourceBefore = counts(source);
        Map<String, Long> targetBefore = counts(target);
        String trigger = "fail_merge_" + source.replace('-', '_');
        exec("CREATE TRIGGER " + trigger + " BEFORE UPDATE ON static_page FOR EACH ROW "
                + "BEGIN IF NEW.tenant_id = '" + target + "' THEN SIGNAL SQLSTATE '45000' "
                + "SET MESSAGE_TEXT = 'injected failure'; END IF; END");
        try {
            assertThrows(RuntimeException.class, () -> merger(m -> m.merge(source, target, "ministry-admin")));
        } finally {
            exec("DROP TRIGGER " + trigger);
        }
        assertEquals(sourceBefore, counts(source));
        assertEquals(targetBefore, counts(target));
        assertEquals(TenantStatus.ACTIVE, tenant(source).getStatus());
        assertEquals(null, redirectOf(source, "/tin-tuc/tin-trung-ten"));
        assertEquals(null, sql(target, "SELECT MAX(history_label) FROM article WHERE tenant_id = ?"));
    }

    private static void assertRefused(String source, String target, String reason) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> merger(m -> m.merge(source, target, "x")));
        assertTrue(refused.messageVi().contains(reason), refused.messageVi());
    }

    /** A province with categories, articles, images, comments, a banner, pages, a menu, statistics and a key. */
    private static String province(String prefix, String name) {
        String code = Fixtures.uniqueTenantCode(prefix);
        boolean source = prefix.endsWith("b") || prefix.equals("tb");
        jpa.inTransaction(code, em -> {
            em.persist(new Tenant(new TenantCode(code), name, "Police of " + code, Theme.policeRed(), Instant.now()));
            Category news = persist(em, new Category(new Slug("tin-tuc"), "Tin tức", 0));
            Category traffic = persist(em, source ? new Category(new Slug("giao-thong"), "Giao thông vận tải", 1)
                    : new Category(new Slug("giao-thong-van-tai"), "Giao thông vận tải", 1));
            if (source) {
                persist(em, new Category(new Slug("an-ninh"), "An ninh trật tự", 2));
            }
            em.persist(new MenuItem(null, "Tin tức", news, null, 0));
            Article clash = published(em, "Tin trùng tên", news);
            for (int i = 1; i <= (source ? 4 : 2); i++) {
                published(em, "Tin số " + i + " của " + name, news);
            }
            if (source) {
                published(em, "Tuần tra giao thông Thái Bình", traffic);
            }
            em.flush();
            String commentSql = "INSERT INTO article_comment (tenant_id, article_id, author_name, body, status, created_at) "
                    + "VALUES (?, ?, 'Người dân', 'Cảm ơn', 'APPROVED', NOW(6))";
            for (int i = 0; i < 2; i++) {
                em.createNativeQuery(commentSql).setParameter(1, code).setParameter(2, clash.getId()).setHint(NATIVE, true)
                        .executeUpdate();
            }
            String mediaSql = "INSERT INTO media_file (tenant_id, sha256, content_type, width, height, size_bytes, bytes, "
                    + "created_at) VALUES (?, ?, 'image/gif', 1, 1, 1, X'00', NOW(6))";
            em.createNativeQuery(mediaSql).setParameter(1, code).setParameter(2, "c".repeat(64)).setHint(NATIVE, true).executeUpdate();
            em.createNativeQuery(mediaSql).setParameter(1, code).setParameter(2, (source ? "e" : "d").repeat(64))
                    .setHint(NATIVE, true).executeUpdate();
            em.persist(new Banner("Phòng chống ma tuý " + code, null, "/trang/gioi-thieu", null, null, 0));
            em.createNativeQuery("INSERT INTO static_page (tenant_id, language, slug, title, body_html) VALUES "
                    + "(?, 'vi', 'gioi-thieu', 'Giới thiệu', '<p>x</p>')").setParameter(1, code).setHint(NATIVE, true).executeUpdate();
            // each province's own decision numbered 12/2025/QĐ-UBND, and one only the absorbed province has
            em.createNativeQuery("INSERT INTO legal_document (tenant_id, slug, number, number_key, doc_type, issuer, summary, "
                    + "issued_on, effective_on, search_text, created_by, created_at, updated_at) VALUES "
                    + "(?, '12-2025-qd-ubnd', '12/2025/QĐ-UBND', '12/2025/qd-ubnd', 'QUYET_DINH', ?, 'Quy chế', '2025-03-10', "
                    + "'2025-03-10', '12/2025/qd-ubnd', 'x', NOW(6), NOW(6))").setParameter(1, code).setParameter(2, name)
                    .setHint(NATIVE, true).executeUpdate();
            if (source) {
                em.createNativeQuery("INSERT INTO legal_document (tenant_id, slug, number, number_key, doc_type, issuer, summary, "
                        + "issued_on, effective_on, search_text, created_by, created_at, updated_at) VALUES (?, '3-ct-ubnd', "
                        + "'3/CT-UBND', '3/ct-ubnd', 'CHI_THI', ?, 'Chỉ thị', '2024-01-05', '2024-01-05', '3/ct-ubnd', 'x', "
                        + "NOW(6), NOW(6))").setParameter(1, code).setParameter(2, name).setHint(NATIVE, true).executeUpdate();
            }
            em.createNativeQuery("INSERT INTO api_key (tenant_code, label, key_prefix, key_sha256, created_at) VALUES "
                    + "(?, 'hệ thống', 'pp_x', SHA2(?, 256), NOW(6))").setParameter(1, code).setParameter(2, code + "-key")
                    .setHint(NATIVE, true).executeUpdate();
            return null;
        });
        exec("INSERT INTO stats_processing (tenant_id, period_type, period_year, period_number, procedure_group, received_online, "
                + "received_offline, resolved_early, resolved_on_time, resolved_late, pending_in_time, pending_overdue, "
                + "source, as_of) VALUES ('" + code + "', 'MONTH', 2025, 6, '', 10, 0, 1, 8, 1, 0, 0, 'MANUAL', NOW(6))");
        return code;
    }

    private static <T> T persist(EntityManager em, T entity) {
        em.persist(entity);
        return entity;
    }

    private static Article published(EntityManager em, String title, Category category) {
        Article article = new Article(title, "Tóm tắt", "<p>Nội dung</p>", "Phóng viên", category, Instant.now());
        article.publish(Instant.now().minusSeconds(60), Instant.now());
        em.persist(article);
        return article;
    }

    private static Map<String, Long> counts(String code) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("article", "article_comment", "media_file", "category", "banner", "static_page",
                "menu_item", "stats_processing", "legal_document")) {
            counts.put(table, Long.parseLong(sql(code, "SELECT COUNT(*) FROM " + table + " WHERE tenant_id = ?")));
        }
        return counts;
    }

    /** The province's rows in each table a feature declares, found as a backup finds them. */
    private static Map<String, Long> everyTable(String code) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ProvinceTable table : ProvinceTables.ordered()) {
            counts.put(table.name(), Long.parseLong(sql(code, "SELECT COUNT(*) FROM " + table.name() + " WHERE " + table.where())));
        }
        return counts;
    }

    private static Tenant tenant(String code) {
        return jpa.inTransaction(null, em -> {
            em.getEntityManagerFactory().getCache().evictAll();
            return em.createNamedQuery(Tenant.BY_CODE, Tenant.class).setParameter("code", code).getSingleResult();
        });
    }

    private static String redirectOf(String code, String path) {
        return sql(code, "SELECT new_path FROM redirect WHERE tenant_id = ? AND old_path = '" + path + "'");
    }

    private static String sql(String code, String query) {
        return jpa.inTransaction(null, em -> {
            List<?> rows = em.createNativeQuery(query).setParameter(1, code).setHint(NATIVE, true).getResultList();
            return rows.isEmpty() || rows.get(0) == null ? null : String.valueOf(rows.get(0));
        });
    }

    private static void exec(String statement) {
        jpa.inTransaction(null, em -> em.createNativeQuery(statement).setHint(NATIVE, true).executeUpdate());
    }
}
