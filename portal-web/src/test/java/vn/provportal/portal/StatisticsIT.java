package vn.provportal.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.provportal.stats.entity.ProcessingFigures;
import vn.provportal.tenant.entity.Theme;

/**
 * The statistics widgets fed through the REST API with per-province keys: what is posted shows at once in
 * the widgets (chart and table agree); replays replace; missing, revoked and other provinces' keys and bad
 * bodies are refused without touching any figures.
 */
class StatisticsIT extends DeployedPortal {

    private static final String OCTOBER = """
            {"receivedOnline": 700, "receivedOffline": 300, "resolvedEarly": 200, "resolvedOnTime": 650,
             "resolvedLate": 50, "pendingInTime": 80, "pendingOverdue": 20}""";

    @Test
    void postedFiguresShowAtOnceInTheWidgetsWithChartAndTableAgreeing() {
        ProvinceFixture p = ProvinceFixture.create("tk", Theme.policeRed());
        p.placeStatisticsWidgets();
        String key = p.apiKey(false);
        HttpResponse<String> put = portal.json("PUT", "/api/v1/provinces/" + p.code + "/processing/2026-10", OCTOBER,
                "Authorization", "Bearer " + key);
        assertEquals(200, put.statusCode(), put.body());
        assertTrue(put.body().contains("\"onTimeRate\":94.4"), put.body());
        HttpResponse<String> votes = portal.json("PUT", "/api/v1/provinces/" + p.code + "/satisfaction/2026-10",
                "{\"verySatisfied\": 600, \"satisfied\": 330, \"notSatisfied\": 70}", "X-API-Key", key);
        assertEquals(200, votes.statusCode(), votes.body());

        Document home = PortalClient.html(portal.get(p.path("/")));
        Element processing = home.selectFirst(".stats-processing");
        assertEquals("Tháng 10/2026", processing.select(".stats-period").text());
        assertEquals("1000", processing.select("td.received").text());
        assertEquals("50", processing.select("td.resolved-late").text());
        assertEquals("94.4%", processing.select("td.on-time-rate").text());
        List<String> chartValues = processing.select("svg text.bar-value").eachText();
        assertEquals(List.of("1.000", "200", "650", "50", "100"), chartValues, "the chart shows the table's numbers");
        assertTrue(processing.select(".stats-source").text().contains("nguồn hệ thống dịch vụ công"));
        Element satisfaction = home.selectFirst(".stats-satisfaction");
        assertEquals("93.0%", satisfaction.select("td.satisfied-rate").text());
    }

    @Test
    void replayingAPeriodReplacesItsFiguresInsteadOfAddingRows() {
        ProvinceFixture p = ProvinceFixture.create("rp", Theme.policeRed());
        String key = p.apiKey(false);
        String path = "/api/v1/provinces/" + p.code + "/processing/2026-Q3";
        assertEquals(200, portal.json("PUT", path, OCTOBER, "X-API-Key", key).statusCode());
        assertEquals(200, portal.json("PUT", path, OCTOBER, "X-API-Key", key).statusCode());
        String corrected = OCTOBER.replace("\"resolvedLate\": 50", "\"resolvedLate\": 40");
        assertEquals(200, portal.json("PUT", path, corrected, "X-API-Key", key).statusCode());
        List<ProcessingFigures> rows = ProvinceFixture.jpa().inTransaction(p.code, em ->
                em.createQuery("SELECT f FROM ProcessingFigures f", ProcessingFigures.class).getResultList());
        assertEquals(1, rows.size());
        assertEquals(40, rows.get(0).getCounts().resolvedLate());
    }

    /**
     * A province's system sending one period from several workers at the same instant (the load test's API PUTs met
     * once in 2,400 and one got a 500 from the optimistic lock): each is answered 200, one row holds one of the sent
     * figures — the first time the period is new (both insert), then while it exists (both update).
     */
    @Test
    void thePeriodSentSeveralTimesAtOnceIsStoredOnceAndEverySenderAnswered() throws Exception {
        ProvinceFixture p = ProvinceFixture.create("dt", Theme.policeRed());
        String key = p.apiKey(false);
        String path = "/api/v1/provinces/" + p.code + "/processing/2026-09";
        int senders = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(senders);
        try {
            for (int round = 0; round < 3; round++) {
                java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(senders);
                List<java.util.concurrent.Future<HttpResponse<String>>> answers = new java.util.ArrayList<>();
                for (int i = 0; i < senders; i++) {
                    String body = OCTOBER.replace("\"resolvedLate\": 50", "\"resolvedLate\": " + (10 + i));
                    answers.add(pool.submit(() -> {
                        together.await();
                        return portal.json("PUT", path, body, "X-API-Key", key);
                    }));
                }
                for (java.util.concurrent.Future<HttpResponse<String>> answer : answers) {
                    HttpResponse<String> put = answer.get(1, java.util.concurrent.TimeUnit.MINUTES);
                    assertEquals(200, put.statusCode(), "round " + round + ": " + put.body());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        List<ProcessingFigures> rows = ProvinceFixture.jpa().inTransaction(p.code, em ->
                em.createQuery("SELECT f FROM ProcessingFigures f", ProcessingFigures.class).getResultList());
        assertEquals(1, rows.size(), "one period, one row");
        long late = rows.get(0).getCounts().resolvedLate();
        assertTrue(late >= 10 && late < 10 + senders, "one of the figures sent: " + late);
    }

    @Test
    void missingRevokedAndForeignKeysAreRefusedAndWriteNothing() {
        ProvinceFixture mine = ProvinceFixture.create("ma", Theme.policeRed());
        ProvinceFixture other = ProvinceFixture.create("mb", Theme.policeRed());
        String otherKey = other.apiKey(false);
        String revoked = mine.apiKey(true);
        String path = "/api/v1/provinces/" + mine.code + "/processing/2026-10";
        assertEquals(401, portal.json("PUT", path, OCTOBER).statusCode());
        assertEquals(401, portal.json("PUT", path, OCTOBER, "X-API-Key", "pp_khong_ton_tai_123456").statusCode());
        assertEquals(401, portal.json("PUT", path, OCTOBER, "X-API-Key", revoked).statusCode());
        HttpResponse<String> foreign = portal.json("PUT", path, OCTOBER, "X-API-Key", otherKey);
        assertEquals(403, foreign.statusCode());
        assertTrue(foreign.body().contains("không thuộc tỉnh"), foreign.body());
        long stored = ProvinceFixture.jpa().inTransaction(mine.code, em ->
                em.createQuery("SELECT COUNT(f) FROM ProcessingFigures f", Long.class).getSingleResult());
        assertEquals(0, stored);
        long otherStored = ProvinceFixture.jpa().inTransaction(other.code, em ->
                em.createQuery("SELECT COUNT(f) FROM ProcessingFigures f", Long.class).getSingleResult());
        assertEquals(0, otherStored, "a foreign key never writes into its own province either");
    }

    @Test
    void aKeyOverItsQuotaIsToldToWaitWhileOtherKeysGoOn() {
        ProvinceFixture p = ProvinceFixture.create("qk", Theme.policeRed());
        ProvinceFixture other = ProvinceFixture.create("qo", Theme.policeRed());
        String key = p.apiKey(false);
        String read = "/api/v1/provinces/" + p.code + "/processing";
        int served = 0;
        HttpResponse<String> last = null;
        for (int i = 0; i < 400 && (last == null || last.statusCode() == 200); i++) {
            last = portal.json("GET", read, null, "X-API-Key", key);
            served += last.statusCode() == 200 ? 1 : 0;
        }
        assertEquals(300, served, "300 calls a minute, then refused");
        assertEquals(429, last.statusCode());
        long retryAfter = Long.parseLong(last.headers().firstValue("Retry-After").orElse("0"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertTrue(last.body().contains("Vượt hạn mức 300 lệnh gọi mỗi phút"), last.body());
        HttpResponse<String> write = portal.json("PUT", read + "/2026-10", OCTOBER, "X-API-Key", key);
        assertEquals(429, write.statusCode(), "writes wait too");
        assertEquals(0L, (long) ProvinceFixture.jpa().inTransaction(p.code, em ->
                em.createQuery("SELECT COUNT(f) FROM ProcessingFigures f", Long.class).getSingleResult()));
        assertEquals(200, portal.json("GET", "/api/v1/provinces/" + other.code + "/processing", null,
                "X-API-Key", other.apiKey(false)).statusCode(), "another province's key is not held back");
    }

    @Test
    void badBodiesAndPeriodsGetA400WithAReason() {
        ProvinceFixture p = ProvinceFixture.create("bd", Theme.policeRed());
        String key = p.apiKey(false);
        String base = "/api/v1/provinces/" + p.code + "/processing/";
        HttpResponse<String> malformed = portal.json("PUT", base + "2026-10", "{\"receivedOnline\": 7,,}", "X-API-Key", key);
        assertEquals(400, malformed.statusCode(), malformed.body());
        assertTrue(malformed.body().contains("JSON không hợp lệ"), malformed.body());
        HttpResponse<String> exceeds = portal.json("PUT", base + "2026-10",
                OCTOBER.replace("\"resolvedOnTime\": 650", "\"resolvedOnTime\": 9650"), "X-API-Key", key);
        assertEquals(400, exceeds.statusCode());
        assertTrue(exceeds.body().contains("vượt quá số tiếp nhận"), exceeds.body());
        HttpResponse<String> missing = portal.json("PUT", base + "2026-10", "{\"receivedOnline\": 1}", "X-API-Key", key);
        assertEquals(400, missing.statusCode());
        assertEquals(400, portal.json("PUT", base + "2026-13", OCTOBER, "X-API-Key", key).statusCode());
        assertEquals(0L, (long) ProvinceFixture.jpa().inTransaction(p.code, em ->
                em.createQuery("SELECT COUNT(f) FROM ProcessingFigures f", Long.class).getSingleResult()));
    }

    @Test
    void citizensVoteOncePerMonthWithoutLoggingIn() {
        ProvinceFixture p = ProvinceFixture.create("vt", Theme.policeRed());
        p.placeStatisticsWidgets();
        Document home = PortalClient.html(portal.get(p.path("/")));
        String token = home.select("form.vote-form input[name=token]").val();
        HttpResponse<String> first = portal.post(p.path("/danh-gia"), java.util.Map.of("token", token, "muc-do", "hai-long",
                "tieu-chi", "thai-do"));
        assertEquals(303, first.statusCode());
        assertTrue(first.headers().firstValue("Location").orElse("").endsWith("?danh-gia=cam-on#danh-gia"));
        HttpResponse<String> second = portal.post(p.path("/danh-gia"), java.util.Map.of("token", token, "muc-do", "rat-hai-long"));
        assertTrue(second.headers().firstValue("Location").orElse("").contains("danh-gia=da-danh-gia"));
        HttpResponse<String> forged = portal.post(p.path("/danh-gia"), java.util.Map.of("token", "x", "muc-do", "hai-long"));
        assertTrue(forged.headers().firstValue("Location").orElse("").contains("danh-gia=loi"));
        HttpResponse<String> nonsense = portal.post(p.path("/danh-gia"), java.util.Map.of("token", token, "muc-do", "tuyet-voi"));
        assertTrue(nonsense.headers().firstValue("Location").orElse("").contains("danh-gia=loi"));

        Document after = PortalClient.html(portal.get(p.path("/?danh-gia=cam-on")));
        assertEquals("1", after.select(".votes-total").text(), "one vote counted");
        List<?> byCriterion = ProvinceFixture.jpa().inTransaction(p.code, em -> em.createNativeQuery("SELECT criterion, "
                + "satisfied FROM stats_satisfaction WHERE tenant_id = ? ORDER BY criterion").setParameter(1, p.code)
                .setHint("eclipselink.jdbc.allow-native-sql-query", true).getResultList());
        assertEquals(2, byCriterion.size(), "overall and the ticked criterion");
        Object[] attitude = (Object[]) byCriterion.get(1);
        assertEquals("Đánh giá trên cổng thông tin — Thái độ cán bộ", attitude[0]);
        assertEquals(1L, ((Number) attitude[1]).longValue());
        assertTrue(after.select(".vote-form .notice-ok").text().contains("Cảm ơn"));
        assertEquals(405, portal.get(p.path("/danh-gia")).statusCode());
    }

    @Test
    void openApiDocumentDescribesTheStatisticsCalls() {
        HttpResponse<String> openapi = portal.get("/openapi");
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/api/v1/provinces/{province}/processing/{period}"), openapi.body());
        assertTrue(openapi.body().startsWith("openapi: 3."), openapi.body());
    }

    @Test
    void demoProvincesShowPlausibleFiguresAndAStatisticsPageWithCsv() {
        Document home = PortalClient.html(portal.get("/hung-yen/"));
        assertTrue(Long.parseLong(home.select(".stats-processing td.received").text()) > 1000);
        Document page = PortalClient.html(portal.get("/hung-yen/thong-ke"));
        assertTrue(page.select(".stats-history").first().select("tbody tr").size() >= 6, "six demo months at least");
        HttpResponse<String> csv = portal.get("/hung-yen/thong-ke/xu-ly.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("\uFEFFky,nhom_thu_tuc,"), csv.body());
    }
}
