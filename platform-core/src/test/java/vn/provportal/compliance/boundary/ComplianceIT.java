package vn.provportal.compliance.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.provportal.compliance.entity.Check;
import vn.provportal.compliance.entity.ProvinceCompliance;
import vn.provportal.compliance.entity.Verdict;
import vn.provportal.consultation.entity.Consultation;
import vn.provportal.content.entity.Article;
import vn.provportal.content.entity.Category;
import vn.provportal.content.entity.Slug;
import vn.provportal.document.entity.DocumentType;
import vn.provportal.document.entity.LegalDocument;
import vn.provportal.question.entity.Question;
import vn.provportal.schedule.entity.ScheduleEntry;
import vn.provportal.platform.VietnamTime;
import vn.provportal.tenant.entity.Tenant;
import vn.provportal.tenant.entity.TenantCode;
import vn.provportal.tenant.entity.Theme;
import vn.provportal.testing.Fixtures;
import vn.provportal.testing.Injection;
import vn.provportal.testing.TestDatabase;
import vn.provportal.testing.TestPersistence;

/**
 * The compliance checklist on a real MariaDB (#17 item 5): an empty province fails the sections, freshness and English
 * lines with the evidence saying what is missing; once it holds a document, an answered question, a consultation, this
 * week's schedule, an English page, a fresh article and fresh figures those lines pass — while another province's rows
 * never count for it; a title stored in decomposed form fails the NFC line, naming how many; the backup line fails
 * until a finished nightly backup at most two days old is recorded and the accessibility line is never green.
 */
class ComplianceIT {

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

    private static Map<String, Check> checklist(String code) {
        ProvinceCompliance province = jpa.inTransaction(null, em -> {
            Compliance compliance = new Compliance();
            Injection.set(compliance, "em", em);
            return compliance.of(code, Instant.now()).orElseThrow();
        });
        return province.checks().stream().collect(Collectors.toMap(Check::key, c -> c));
    }

    private static String province(String prefix) {
        String code = Fixtures.uniqueTenantCode(prefix);
        jpa.inTransaction(code, em -> {
            em.persist(new Tenant(new TenantCode(code), "Công an tỉnh " + code, "Police " + code, Theme.policeRed(), Instant.now()));
            return null;
        });
        return code;
    }

    @Test
    void anEmptyProvinceFailsWithTheEvidenceAndPassesOnceItsPortalHoldsTheSections() {
        String code = province("ck");
        String other = province("cl");
        Map<String, Check> empty = checklist(code);
        for (String key : new String[] {"documents", "questions", "consultations", "schedule", "english", "news", "statistics",
                "backup", "https"}) {
            assertEquals(Verdict.FAIL, empty.get(key).verdict(), key + ": " + empty.get(key).evidence());
        }
        assertEquals("Chưa có văn bản trong danh mục", empty.get("documents").evidence());
        assertEquals("/" + code + "/van-ban", empty.get("documents").link());
        assertEquals(Verdict.NOT_MEASURED, empty.get("accessibility").verdict());
        assertEquals(Verdict.PASS, empty.get("search-sitemap-print").verdict());

        fill(other);
        assertEquals(Verdict.FAIL, checklist(code).get("documents").verdict(), "another province's rows never count");
        fill(code);
        Map<String, Check> full = checklist(code);
        for (String key : new String[] {"documents", "questions", "consultations", "schedule", "english", "news", "statistics",
                "nfc"}) {
            assertEquals(Verdict.PASS, full.get(key).verdict(), key + ": " + full.get(key).evidence());
        }
        assertEquals("1 văn bản trong danh mục", full.get("documents").evidence());
        assertTrue(full.get("news").evidence().endsWith("(trong 7 ngày)"), full.get("news").evidence());
        assertEquals(Verdict.FAIL, full.get("backup").verdict(), "no backup is recorded");
        // a backup three days old fails; last night's (another province's aside) passes, a failed one never counts
        exec("INSERT INTO province_backup (tenant_code, backup_day, claimed_by, started_at, finished_at) VALUES ('" + code
                + "', CURDATE() - INTERVAL 3 DAY, 'n', NOW(6) - INTERVAL 3 DAY, NOW(6) - INTERVAL 3 DAY)");
        exec("INSERT INTO province_backup (tenant_code, backup_day, claimed_by, started_at, finished_at, failure) VALUES ('" + code
                + "', CURDATE(), 'n', NOW(6), NOW(6), 'disk full')");
        exec("INSERT INTO province_backup (tenant_code, backup_day, claimed_by, started_at, finished_at) VALUES ('" + other
                + "', CURDATE(), 'n', NOW(6), NOW(6))");
        Check stale = checklist(code).get("backup");
        assertEquals(Verdict.FAIL, stale.verdict());
        assertTrue(stale.evidence().endsWith("quá 2 ngày"), stale.evidence());
        exec("UPDATE province_backup SET failure = NULL WHERE tenant_code = '" + code + "' AND backup_day = CURDATE()");
        assertEquals(Verdict.PASS, checklist(code).get("backup").verdict(), checklist(code).get("backup").evidence());

        // "Nguyễn" with its marks as separate characters, as some old systems wrote it
        exec("UPDATE article SET title = CONVERT(X'4E6775796565CC82CC836E' USING utf8mb4) WHERE tenant_id = '" + code + "'");
        Check nfc = checklist(code).get("nfc");
        assertEquals(Verdict.FAIL, nfc.verdict());
        assertTrue(nfc.evidence().startsWith("1 trong "), nfc.evidence());
    }

    /** One of each section, as the province's own rows. */
    private static void fill(String code) {
        LocalDate today = VietnamTime.today();
        Instant now = Instant.now();
        jpa.inTransaction(code, em -> {
            LegalDocument document = new LegalDocument("1/QĐ-UBND", DocumentType.QUYET_DINH, "UBND tỉnh", null, null,
                    "Quy chế", LocalDate.of(2025, 1, 1), null, null, "x", now);
            document.setSlug("1-qd-ubnd");
            document.index("");
            em.persist(document);
            Question question = new Question("Lan", null, "Hỏi", "Nội dung", true, null, now);
            question.assign("Phòng PC06");
            question.answer("Trả lời", "", "x", now);
            question.publish("x", now);
            em.persist(question);
            Consultation consultation = new Consultation("Dự thảo", "Công an tỉnh", "Mời góp ý", today, today.plusDays(9), "x", now);
            consultation.setSlug("du-thao");
            em.persist(consultation);
            em.persist(new ScheduleEntry(today, null, "Giám đốc", "Giao ban", null, null, "x", now));
            Category news = new Category(new Slug("tin-tuc"), "Tin tức", 0);
            em.persist(news);
            Article article = new Article("Tin mới của " + code, "Tóm tắt", "<p>Nội dung</p>", "Phóng viên", news, now);
            article.publish(now.minusSeconds(3600), now);
            em.persist(article);
            return null;
        });
        exec("INSERT INTO static_page (tenant_id, language, slug, title, body_html) VALUES ('" + code + "', 'en', 'about', "
                + "'About', '<p>x</p>')");
        exec("INSERT INTO stats_processing (tenant_id, period_type, period_year, period_number, procedure_group, received_online, "
                + "received_offline, resolved_early, resolved_on_time, resolved_late, pending_in_time, pending_overdue, source, "
                + "as_of) VALUES ('" + code + "', 'MONTH', 2026, 11, '', 10, 0, 1, 8, 1, 0, 0, 'MANUAL', NOW(6))");
    }

    private static void exec(String sql) {
        jpa.inTransaction(null, em -> em.createNativeQuery(sql).setHint(NATIVE, true).executeUpdate());
    }
}
