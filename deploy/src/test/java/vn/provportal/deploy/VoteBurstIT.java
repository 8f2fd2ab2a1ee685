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
