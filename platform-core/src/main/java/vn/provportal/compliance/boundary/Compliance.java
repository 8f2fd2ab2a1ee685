package vn.provportal.compliance.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.provportal.compliance.entity.Check;
import vn.provportal.compliance.entity.ProvinceCompliance;
import vn.provportal.compliance.entity.Verdict;
import vn.provportal.platform.VietnamTime;
import vn.provportal.platform.persistence.PerProvince;
import vn.provportal.schedule.entity.Week;
import vn.provportal.tenant.entity.Tenant;

/**
 * The checklist inspectors apply to a state portal (Decree 42/2022/NĐ-CP, Circular 22/2023/TT-BTTTT), computed from
 * what each province's portal holds now: the fixed sections present and not empty (legal documents, answered
 * questions, draft consultations, this week's work schedule); search, site map and print view; English pages updated
 * within 180 days; a news article in the last 7 days; statistics fresher than 45 days; text in NFC; HTTPS for the
 * portal's address; the last nightly backup (at most two days old). Each line carries its evidence and the page that shows it; what the platform
 * cannot measure on the server (an accessibility scan runs in the test suite) says so and is never green. A handful of
 * grouped queries for all provinces (platform code: the native SQL groups by {@code tenant_id} explicitly).
 */
@ApplicationScoped
@Transactional
public class Compliance {

    static final int NEWS_DAYS = 7;
    static final int STATISTICS_DAYS = 45;
    static final int ENGLISH_DAYS = 180;
    static final int NFC_SAMPLE = 200;
    static final int BACKUP_DAYS = 2;
    private static final String NATIVE = "eclipselink.jdbc.allow-native-sql-query";

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    /** Where citizens reach the portal ({@code PROVPORTAL_PORTAL_URL}); its scheme is the HTTPS line's evidence. */
    @Inject
    @ConfigProperty(name = "provportal.portal.url")
    Optional<String> portalUrl = Optional.empty();

    /** Every active province's checklist. */
    public List<ProvinceCompliance> all(Instant now) {
        return compute(em.createNamedQuery(Tenant.ALL, Tenant.class).getResultList().stream()
                .filter(t -> !t.isMerged()).toList(), now);
    }

    /** One province's checklist; empty for a code no province has. */
    public Optional<ProvinceCompliance> of(String code, Instant now) {
        return em.createNamedQuery(Tenant.BY_CODE, Tenant.class).setParameter("code", code).getResultStream().findFirst()
                .map(t -> compute(List.of(t), now).get(0));
    }

    private List<ProvinceCompliance> compute(List<Tenant> tenants, Instant now) {
        LocalDate today = VietnamTime.today();
        Week week = Week.of(today);
        Map<String, Object[]> documents = byTenant("SELECT tenant_id, COUNT(*) FROM legal_document GROUP BY tenant_id");
        Map<String, Object[]> questions = byTenant("SELECT tenant_id, COUNT(*) FROM question WHERE status = 'PUBLISHED' "
                + "GROUP BY tenant_id");
        Map<String, Object[]> consultations = byTenant("SELECT tenant_id, COUNT(*) FROM consultation GROUP BY tenant_id");
        Map<String, Object[]> schedule = byTenant("SELECT tenant_id, COUNT(*) FROM schedule_entry WHERE day BETWEEN ? AND ? "
                + "GROUP BY tenant_id", week.monday(), week.monday().plusDays(6));
        Map<String, Object[]> english = byTenant("SELECT tenant_id, COUNT(*), MAX(updated_at) FROM static_page "
                + "WHERE language = 'en' GROUP BY tenant_id");
        Map<String, Object[]> news = byTenant("SELECT tenant_id, MAX(published_at) FROM article WHERE status = 'PUBLISHED' "
                + "AND published_at <= ? GROUP BY tenant_id", Timestamp.from(now));
        Map<String, Object[]> statistics = byTenant("SELECT tenant_id, MAX(as_of) FROM stats_processing GROUP BY tenant_id");
        Map<String, Object[]> backups = byTenant("SELECT tenant_code, MAX(finished_at) FROM province_backup WHERE finished_at "
                + "IS NOT NULL AND failure IS NULL GROUP BY tenant_code");
        boolean https = portalUrl.map(url -> url.startsWith("https://")).orElse(false);
        List<ProvinceCompliance> result = new ArrayList<>();
        for (Tenant tenant : tenants) {
            String code = tenant.getCode().value();
            String base = "/" + code;
            List<Check> checks = new ArrayList<>();
            checks.add(count("documents", documents.get(code), "văn bản trong danh mục", base + "/van-ban"));
            checks.add(count("questions", questions.get(code), "câu hỏi đã được trả lời và đăng", base + "/hoi-dap"));
            checks.add(count("consultations", consultations.get(code), "dự thảo lấy ý kiến", base + "/gop-y-du-thao"));
            checks.add(count("schedule", schedule.get(code), "mục lịch công tác tuần " + week.number() + " (" + week.span() + ")",
                    base + "/lich-cong-tac"));
            checks.add(new Check("search-sitemap-print", Verdict.PASS, "Tìm kiếm, sơ đồ trang, sitemap.xml và bản in của "
                    + "mỗi bài có sẵn trên mọi cổng", base + "/so-do-trang"));
            checks.add(englishPages(english.get(code), now, base + "/en/"));
            checks.add(within("news", instant(news.get(code), 1), now, NEWS_DAYS, "Bài mới nhất đăng ngày ", base + "/"));
            checks.add(within("statistics", instant(statistics.get(code), 1), now, STATISTICS_DAYS, "Số liệu xử lý hồ sơ tính "
                    + "đến ngày ", base + "/thong-ke"));
            checks.add(nfc(code));
            checks.add(new Check("https", https ? Verdict.PASS : Verdict.FAIL, https ? "Cổng được phục vụ qua HTTPS"
                    : "Địa chỉ cổng (PROVPORTAL_PORTAL_URL) chưa dùng HTTPS: người dân truy cập qua HTTP không mã hóa",
                    base + "/"));
            checks.add(backup(instant(backups.get(code), 1), now));
            checks.add(new Check("accessibility", Verdict.NOT_MEASURED, "Quét axe-core (WCAG 2.1 AA) trang chủ và bài mới "
                    + "chạy trong bộ kiểm thử tự động bằng Chromium, không chạy trên máy chủ", base + "/"));
            result.add(new ProvinceCompliance(code, tenant.getNameVi(), now, List.copyOf(checks)));
        }
        return result;
    }

    private static Check count(String key, Object[] row, String what, String link) {
        long n = row == null ? 0 : ((Number) row[1]).longValue();
        return new Check(key, n > 0 ? Verdict.PASS : Verdict.FAIL, n > 0 ? n + " " + what : "Chưa có " + what, link);
    }

    private static Check englishPages(Object[] row, Instant now, String link) {
        long n = row == null ? 0 : ((Number) row[1]).longValue();
        Instant updated = instant(row, 2);
        if (n == 0 || updated == null) {
            return new Check("english", Verdict.FAIL, "Chưa có trang tiếng Anh (giới thiệu, chức năng, liên hệ)", link);
        }
        boolean fresh = updated.isAfter(now.minus(Duration.ofDays(ENGLISH_DAYS)));
        return new Check("english", fresh ? Verdict.PASS : Verdict.FAIL, n + " trang tiếng Anh, cập nhật lần cuối ngày "
                + VietnamTime.date(updated) + (fresh ? "" : " — quá " + ENGLISH_DAYS + " ngày"), link);
    }

    private static Check within(String key, Instant last, Instant now, int days, String said, String link) {
        if (last == null) {
            return new Check(key, Verdict.FAIL, said.replace(" ngày ", "").strip() + ": chưa có", link);
        }
        boolean fresh = last.isAfter(now.minus(Duration.ofDays(days)));
        return new Check(key, fresh ? Verdict.PASS : Verdict.FAIL, said + VietnamTime.date(last)
                + (fresh ? " (trong " + days + " ngày)" : " — quá " + days + " ngày"), link);
    }

    /** The last nightly backup of the province the register holds, at most {@link #BACKUP_DAYS} old. */
    private static Check backup(Instant last, Instant now) {
        if (last == null) {
            return new Check("backup", Verdict.FAIL, "ProvPortal chưa ghi nhận bản sao lưu nào của tỉnh (sao lưu hằng đêm "
                    + "chưa chạy, hoặc đã lỗi)", null);
        }
        boolean fresh = last.isAfter(now.minus(Duration.ofDays(BACKUP_DAYS)));
        return new Check("backup", fresh ? Verdict.PASS : Verdict.FAIL, "Bản sao lưu gần nhất của tỉnh lúc "
                + VietnamTime.dateTime(last) + (fresh ? "" : " — quá " + BACKUP_DAYS + " ngày"), null);
    }

    /** Titles and leads of the latest articles and the registry's summaries, as stored: every one must be NFC. */
    @SuppressWarnings("unchecked")
    private Check nfc(String code) {
        List<Object[]> rows = em.createNativeQuery("(SELECT title, lead_text FROM article WHERE tenant_id = ? ORDER BY id DESC LIMIT "
                + NFC_SAMPLE + ") UNION ALL (SELECT number, summary FROM legal_document WHERE tenant_id = ? ORDER BY id DESC "
                + "LIMIT " + NFC_SAMPLE + ")").setParameter(1, code).setParameter(2, code).setHint(NATIVE, true).getResultList();
        long wrong = rows.stream().filter(r -> !nfc(r[0]) || !nfc(r[1])).count();
        return new Check("nfc", wrong == 0 ? Verdict.PASS : Verdict.FAIL, wrong == 0 ? rows.size() + " mục gần nhất đều ở "
                + "dạng Unicode dựng sẵn (NFC)" : wrong + " trong " + rows.size() + " mục gần nhất không ở dạng NFC", null);
    }

    private static boolean nfc(Object text) {
        return text == null || Normalizer.isNormalized(text.toString(), Normalizer.Form.NFC);
    }

    private Map<String, Object[]> byTenant(String sql, Object... parameters) {
        return PerProvince.rows(em, sql, parameters);
    }

    private static Instant instant(Object[] row, int column) {
        return row == null ? null : PerProvince.instant(row[column]);
    }
}
