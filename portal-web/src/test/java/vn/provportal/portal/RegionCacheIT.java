package vn.provportal.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.provportal.content.entity.Article;
import vn.provportal.tenant.entity.Theme;

/**
 * The parts every page of a province repeats (header and menu, sidebar, footer, the home page's widgets), rendered
 * once and kept ({@code RegionCache}): a page the node does not keep whole — each address here is new, as an
 * article read for the first time is — reads only what is its own; a change committed through the application
 * shows on the very next page; and two provinces answering the same paths never get each other's parts.
 */
class RegionCacheIT extends DeployedPortal {

    @Test
    void aPageReadsOnlyWhatIsItsOwnAndAChangeShowsOnTheNextPage() {
        ProvinceFixture p = ProvinceFixture.create("rc", Theme.policeRed());
        p.placeStatisticsWidgets();
        List<Article> articles = p.publish(List.<String[]>of(new String[] {"Tin một " + p.code, "Thân một"},
                new String[] {"Tin hai " + p.code, "Thân hai"}));
        String key = p.apiKey(false);
        String figures = "/api/v1/provinces/" + p.code + "/processing/2026-10";
        assertEquals(200, portal.json("PUT", figures, ProvinceFixture.processingFigures(700), "X-API-Key", key).statusCode());
        pauseBeyondTheRepeatedRenewal();
        String first = p.path("/tin-tuc/" + articles.get(0).getSlug().value());
        String second = p.path("/tin-tuc/" + articles.get(1).getSlug().value());

        long before = QueryCounter.selects();
        Document whole = PortalClient.html(portal.get(first + "?lan=1"));
        long rendered = QueryCounter.selects() - before;
        before = QueryCounter.selects();
        Document own = PortalClient.html(portal.get(second + "?lan=1"));
        long ownOnly = QueryCounter.selects() - before;
        System.out.println("queries: first article page " + rendered + ", the next article page " + ownOnly);
        assertTrue(ownOnly <= 5, "an article page with its province's parts kept reads the article, its images, "
                + "comments and related articles only: " + ownOnly + " queries");
        assertTrue(ownOnly < rendered, rendered + " then " + ownOnly);
        for (Document page : List.of(whole, own)) {
            assertEquals("1000", page.select(".stats-processing td.received").text());
            assertTrue(page.select("nav.main-menu").text().contains(p.menuLabel));
            assertTrue(page.select("footer").text().contains(p.name));
        }
        assertTrue(own.select("h1").text().contains("Tin hai"), "the page's own part is its own");

        assertEquals(200, portal.json("PUT", figures, ProvinceFixture.processingFigures(900), "X-API-Key", key).statusCode());
        Document changed = PortalClient.html(portal.get(second + "?lan=2"));
        assertEquals("1200", changed.select(".stats-processing td.received").text(),
                "the next page after the change shows it: no waiting for the kept part to expire");
    }

    @Test
    void whatAPartShowsOfTheRequestIsPartOfItsKey() {
        ProvinceFixture p = ProvinceFixture.create("rv", Theme.policeRed());
        p.placeStatisticsWidgets();
        Document thanked = PortalClient.html(portal.get(p.path("/?danh-gia=cam-on")));
        assertFalse(thanked.select(".vote-form .notice-ok").isEmpty(), "the vote's thanks after voting");
        Document plain = PortalClient.html(portal.get(p.path("/?khac=1")));
        assertTrue(plain.select(".vote-form .notice").isEmpty(), "another citizen is not thanked for that vote");
        Document english = PortalClient.html(portal.get(p.path("/en/")));
        assertEquals("en", english.select("html").attr("lang"));
        assertEquals("page", english.select("nav.language a[hreflang=en]").attr("aria-current"),
                "the English page's header is the English one, not the Vietnamese header kept before it");
    }

    @Test
    void provincesAnsweringTheSameAddressesNeverShareAPart() {
        ProvinceFixture a = ProvinceFixture.create("ra", Theme.policeRed());
        ProvinceFixture b = ProvinceFixture.create("rb", Theme.policeRed());
        for (int round = 1; round <= 2; round++) {
            for (String path : List.of("/?lan=" + round, "/tim-kiem?q=tin&lan=" + round)) {
                Document pageA = PortalClient.html(portal.getAsHost(a.code + ".localhost", path));
                Document pageB = PortalClient.html(portal.getAsHost(b.code + ".localhost", path));
                String where = "round " + round + ", " + path;
                assertTrue(pageA.select("nav.main-menu").text().contains(a.menuLabel), where);
                assertFalse(pageA.select("nav.main-menu").text().contains(b.menuLabel), where);
                assertTrue(pageB.select("nav.main-menu").text().contains(b.menuLabel), where);
                assertFalse(pageB.select("nav.main-menu").text().contains(a.menuLabel), where);
                assertTrue(pageA.select("footer").text().contains(a.name) && !pageA.select("footer").text().contains(b.name), where);
                assertTrue(pageB.select("footer").text().contains(b.name) && !pageB.select("footer").text().contains(a.name), where);
            }
        }
    }

    private static void pauseBeyondTheRepeatedRenewal() {
        try {
            Thread.sleep(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
