package vn.provportal.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Security issue #12 item 10 on the whole stack: one vote per address let 8 addresses cast 8 votes, and a campaign
 * from many addresses moved "THỐNG KÊ MỨC ĐỘ HÀI LÒNG" at will. Votes past a burst (20 in 10 minutes for a
 * province) are held, uncounted, and Hưng Yên's administrator counts or discards them on the statistics desk.
 */
@ExtendWith(RunningStack.class)
class VoteBurstIT {

    private static final String COUNTED = "SELECT COALESCE(SUM(very_satisfied + satisfied + not_satisfied), 0) "
            + "FROM stats_satisfaction WHERE tenant_id = 'hung-yen' AND criterion = 'Đánh giá trên cổng thông tin'";
    private static final String HELD = "SELECT COUNT(*) FROM satisfaction_vote WHERE tenant_id = 'hung-yen' AND held";

    private final StackConfig config = RunningStack.config();

    @Test
    void aBurstOfVotesFromManyAddressesWaitsForTheAdministrator() {
        long countedBefore = StackDb.number(COUNTED);
        long heldBefore = StackDb.number(HELD);
        castVotes(25, 1);
        long counted = StackDb.number(COUNTED) - countedBefore;
        long held = StackDb.number(HELD) - heldBefore;
        System.out.printf("vote burst: 25 addresses, %d counted, %d held%n", counted, held);
        assertEquals(25, counted + held, "every vote kept, once");
        assertTrue(counted <= 20 && held >= 5, counted + " counted, " + held + " held");

        Browser admin = new Browser();
        admin.signIn(config.adminUrl() + "/", "hy-admin", RunningStack.PASSWORD);
        HttpResponse<String> desk = admin.get(config.adminUrl() + "/stats/entry.xhtml");
        Document page = Browser.html(desk);
        assertEquals(String.valueOf(heldBefore + held), page.select("#held-count").text(), page.text());
        HttpResponse<String> countedNow = admin.submit(desk, page.selectFirst("#held-votes").closest("form"),
                Map.of(page.selectFirst("button[id$=count-held]").attr("name"), ""));
        assertTrue(Browser.html(countedNow).text().contains("Đã tính"), Browser.html(countedNow).text());
        assertEquals(0L, StackDb.number(HELD));
        assertEquals(countedBefore + 25 + heldBefore, StackDb.number(COUNTED), "the held votes are counted now");

        castVotes(3, 100);
        long campaign = StackDb.number(HELD);
        assertEquals(3L, campaign, "still within the burst window: held");
        HttpResponse<String> again = admin.get(config.adminUrl() + "/stats/entry.xhtml");
        Document second = Browser.html(again);
        admin.submit(again, second.selectFirst("#held-votes").closest("form"),
                Map.of(second.selectFirst("button[id$=discard-held]").attr("name"), ""));
        assertEquals(0L, StackDb.number(HELD));
        assertEquals(countedBefore + 25 + heldBefore, StackDb.number(COUNTED), "discarded votes are never counted");
    }

    /**
     * Test issue #16 item 3: twelve citizens vote at the same instant. Each is either thanked — and then its vote is
     * kept exactly once, counted or held — or told to try again in a moment ({@code ?danh-gia=ban}: the votes of one
     * province worked on at once are bounded); none is told of an error, none is counted twice or lost.
     */
    @Test
    void votesAtTheSameInstantAreEachKeptOnce() throws Exception {
        long before = StackDb.number(COUNTED) + StackDb.number(HELD);
        Browser citizen = new Browser();
        String token = Browser.html(citizen.get(config.portalUrl() + "/hung-yen/")).select("form.vote-form input[name=token]")
                .val();
        int voters = 12;
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(voters);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(voters);
        java.util.List<java.util.concurrent.Future<HttpResponse<String>>> answers = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < voters; i++) {
                String address = "203.0.113." + (200 + i);
                answers.add(pool.submit(() -> {
                    together.await();
                    return citizen.post(config.portalUrl() + "/hung-yen/danh-gia", Map.of("token", token, "muc-do",
                            "chua-hai-long"), "X-Forwarded-For", address, "Origin", config.portalUrl());
                }));
            }
            int thanked = 0;
            int later = 0;
            for (java.util.concurrent.Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> vote = answer.get(2, java.util.concurrent.TimeUnit.MINUTES);
                String where = vote.uri().toString();
                if (where.contains("danh-gia=cam-on")) {
                    thanked++;
                } else {
                    assertTrue(where.contains("danh-gia=ban"), "thanked or asked to try again, never an error: " + where);
                    assertTrue(Browser.html(vote).select("p.notice[role=alert]").text().length() > 0, "the page says so");
                    later++;
                }
            }
            long kept = StackDb.number(COUNTED) + StackDb.number(HELD) - before;
            System.out.printf("votes at once: %d voters, %d thanked, %d asked to retry, %d kept%n", voters, thanked,
                    later, kept);
            assertTrue(thanked >= 1, "some votes get through at once");
            assertEquals(thanked, kept, "every vote thanked is kept, once");
        } finally {
            pool.shutdownNow();
        }
    }

    private void castVotes(int addresses, int first) {
        Browser citizen = new Browser();
        Document home = Browser.html(citizen.get(config.portalUrl() + "/hung-yen/"));
        String token = home.select("form.vote-form input[name=token]").val();
        for (int i = first; i < first + addresses; i++) {
            HttpResponse<String> vote = citizen.post(config.portalUrl() + "/hung-yen/danh-gia", Map.of("token", token,
                    "muc-do", "hai-long"), "X-Forwarded-For", "198.51.100." + i, "Origin", config.portalUrl());
            assertTrue(vote.uri().toString().contains("danh-gia=cam-on"), "every address is thanked: " + vote.uri());
        }
    }
}
