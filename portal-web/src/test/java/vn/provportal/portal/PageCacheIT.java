package vn.provportal.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.provportal.content.entity.Article;
import vn.provportal.tenant.entity.Theme;

/**
 * The pages the node keeps ({@code PageCache}): sent again without a query while nothing they show has changed,
 * dropped the moment the application commits a change of their province, and never given to another province —
 * two provinces answer the same paths under their own hostnames, and a copy kept under one is never sent for the
 * other.
 */
class PageCacheIT extends DeployedPortal {

    @Test
    void aKeptPageCostsNoQueryUntilTheApplicationChangesWhatItShows() {
        ProvinceFixture p = ProvinceFixture.create("pc", Theme.policeRed());
        p.placeStatisticsWidgets();
        String key = p.apiKey(false);
        String figures = "/api/v1/provinces/" + p.code + "/processing/2026-10";
        assertEquals(200, portal.json("PUT", figures, ProvinceFixture.processingFigures(700), "X-API-Key", key).statusCode());
        pauseBeyondTheRepeatedRenewal();

        HttpResponse<String> first = portal.get(p.path("/"));
        assertEquals("1000", PortalClient.html(first).select(".stats-processing td.received").text());
        assertTrue(PortalClient.statements(first) > 0, "the first request renders the page");
        HttpResponse<String> again = portal.get(p.path("/"));
        assertEquals(0, PortalClient.statements(again), "the kept copy is sent without a query");
        assertEquals(first.body(), again.body());
        assertEquals(first.headers().firstValue("ETag"), again.headers().firstValue("ETag"));

        assertEquals(200, portal.json("PUT", figures, ProvinceFixture.processingFigures(900), "X-API-Key", key).statusCode());
        HttpResponse<String> changed = portal.get(p.path("/"));
        assertEquals("1200", PortalClient.html(changed).select(".stats-processing td.received").text(),
                "the very next request after the change shows it: no waiting for the copy to expire");
        assertFalse(changed.headers().firstValue("ETag").equals(first.headers().firstValue("ETag")));
    }

    /** A change renews its province's pages once more 400 ms later (PageGenerations); a copy made before is dropped. */
    private static void pauseBeyondTheRepeatedRenewal() {
        try {
            Thread.sleep(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void provincesAnsweringTheSameAddressesNeverShareACopy() {
        ProvinceFixture a = ProvinceFixture.create("ca", Theme.policeRed());
        ProvinceFixture b = ProvinceFixture.create("cb", Theme.policeRed());
        Article onlyInA = a.publish("Tin chỉ của " + a.code, "Nội dung riêng");
        String articlePath = "/tin-tuc/" + onlyInA.getSlug().value();
        for (int round = 1; round <= 2; round++) {
            Document homeA = PortalClient.html(portal.getAsHost(a.code + ".localhost", "/"));
            Document homeB = PortalClient.html(portal.getAsHost(b.code + ".localhost", "/"));
            assertTrue(homeA.title().contains(a.code) && !homeA.title().contains(b.code), "round " + round + ": " + homeA.title());
            assertTrue(homeB.title().contains(b.code) && !homeB.title().contains(a.code), "round " + round + ": " + homeB.title());
            assertTrue(homeA.text().contains(a.menuLabel) && !homeA.text().contains(b.menuLabel));
            assertTrue(homeB.text().contains(b.menuLabel) && !homeB.text().contains(a.menuLabel));
            assertEquals(200, portal.getAsHost(a.code + ".localhost", articlePath).statusCode());
            assertEquals(404, portal.getAsHost(b.code + ".localhost", articlePath).statusCode(),
                    "round " + round + ": A's article under B's hostname");
            assertEquals(404, portal.get(b.path(articlePath)).statusCode(), "round " + round + ": under B's prefix");
        }
    }
}
