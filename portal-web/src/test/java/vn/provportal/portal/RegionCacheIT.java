package vn.provportal.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
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

        HttpResponse<String> wholeAnswer = portal.get(first + "?lan=1");
        Document whole = PortalClient.html(wholeAnswer);
        long rendered = PortalClient.statements(wholeAnswer);
        HttpResponse<String> ownAnswer = portal.get(second + "?lan=1");
        Document own = PortalClient.html(ownAnswer);
        long ownOnly = PortalClient.statements(ownAnswer);
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

    /**
     * Issue #14: what an article page shows of its article — title to byline, share links, approved comments, related
     * articles, the head's title and description — is kept per article, so reading it again costs no query (whether
     * it is published and its stored count are kept with the parts); the view count, the comment form's token and the
     * moderation notice stay live; another article and the same slug in another province have parts of their own.
     */
    @Test
    void anArticlesOwnPartsAreKeptForItAloneWhileItsViewCountStaysLive() {
        ProvinceFixture a = ProvinceFixture.create("ka", Theme.policeRed());
        ProvinceFixture b = ProvinceFixture.create("kb", Theme.policeRed());
        List<Article> ofA = a.publish(List.<String[]>of(new String[] {"Tin chung", "Thân bài của tỉnh A " + a.code},
                new String[] {"Tin thứ hai " + a.code, "Thân thứ hai"}));
        b.publish("Tin chung", "Thân bài của tỉnh B " + b.code);
        String slug = ofA.get(0).getSlug().value();
        assertEquals("tin-chung", slug);
        String path = "/tin-tuc/" + slug;

        HttpResponse<String> firstAnswer = portal.getAsHost(a.code + ".localhost", path + "?lan=1");
        Document first = PortalClient.html(firstAnswer);
        long rendered = PortalClient.statements(firstAnswer);
        HttpResponse<String> againAnswer = portal.getAsHost(a.code + ".localhost", path + "?lan=2");
        Document again = PortalClient.html(againAnswer);
        long kept = PortalClient.statements(againAnswer);
        System.out.println("queries: article page rendered " + rendered + ", its parts kept " + kept);
        assertEquals(0, kept, "with its parts kept, an article page reads nothing: whether it is published and its "
                + "stored count are kept with them");
        assertTrue(rendered > kept, rendered + " then " + kept);
        for (Document page : List.of(first, again)) {
            assertEquals("Tin chung", page.select("h1.article-title").text());
            assertTrue(page.select(".article-body").text().contains("tỉnh A " + a.code));
            assertTrue(page.select("title").text().startsWith("Tin chung"), page.select("title").text());
            assertTrue(page.select(".related").text().contains("Tin thứ hai " + a.code));
            assertFalse(page.select("form.comment-form input[name=token]").val().isEmpty());
        }
        long countFirst = Long.parseLong(first.select(".view-count").text());
        long countAgain = Long.parseLong(again.select(".view-count").text());
        assertEquals(countFirst + 1, countAgain, "each reader sees the count with their own view, kept parts or not");
        Document pending = PortalClient.html(portal.getAsHost(a.code + ".localhost", path + "?binh-luan=cho-duyet"));
        assertTrue(pending.select(".notice-ok").text().contains("chờ duyệt"), "the notice is per request, not kept");
        Document plain = PortalClient.html(portal.getAsHost(a.code + ".localhost", path + "?lan=3"));
        assertTrue(plain.select(".notice-ok").isEmpty(), "and not shown to the next reader");

        Document second = PortalClient.html(portal.getAsHost(a.code + ".localhost", "/tin-tuc/" + ofA.get(1).getSlug().value()));
        assertEquals("Tin thứ hai " + a.code, second.select("h1.article-title").text(), "another article, its own parts");
        for (int round = 1; round <= 2; round++) {
            Document ofB = PortalClient.html(portal.getAsHost(b.code + ".localhost", path + "?lan=" + round));
            assertTrue(ofB.select(".article-body").text().contains("tỉnh B " + b.code), "round " + round);
            assertFalse(ofB.html().contains(a.code), "nothing of province A on B's page with the same slug, round " + round);
        }
    }

    /** A category's list and a search's results are kept per page asked for, and per province. */
    @Test
    void listsAndSearchResultsAreKeptPerPageAskedForAndPerProvince() {
        ProvinceFixture a = ProvinceFixture.create("la", Theme.policeRed());
        ProvinceFixture b = ProvinceFixture.create("lb", Theme.policeRed());
        List<String[]> twelve = new java.util.ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            twelve.add(new String[] {"Cảnh giác lừa đảo số " + i + " " + a.code, "Thân " + i});
        }
        a.publish(twelve);
        b.publish("Cảnh giác lừa đảo ở tỉnh B " + b.code, "Thân");
        for (int round = 1; round <= 2; round++) {
            Document one = PortalClient.html(portal.getAsHost(a.code + ".localhost", "/chuyen-muc/tin-tuc?trang=1&lan=" + round));
            Document two = PortalClient.html(portal.getAsHost(a.code + ".localhost", "/chuyen-muc/tin-tuc?trang=2&lan=" + round));
            assertEquals(10, one.select(".news-list > li").size(), "round " + round);
            assertEquals(2, two.select(".news-list > li").size(), "page 2 is not page 1 kept, round " + round);
            assertTrue(two.select(".page-info").text().contains("2 / 2"));
            Document ofB = PortalClient.html(portal.getAsHost(b.code + ".localhost", "/chuyen-muc/tin-tuc?trang=1&lan=" + round));
            assertEquals(1, ofB.select(".news-list > li").size(), "B's list is B's, round " + round);

            Document foundA = PortalClient.html(portal.getAsHost(a.code + ".localhost", "/tim-kiem?q=lua+dao&lan=" + round));
            Document foundB = PortalClient.html(portal.getAsHost(b.code + ".localhost", "/tim-kiem?q=lua+dao&lan=" + round));
            assertTrue(foundA.select(".result-count").text().endsWith("12"), foundA.select(".result-count").text());
            assertTrue(foundB.select(".result-count").text().endsWith("1"), foundB.select(".result-count").text());
            assertFalse(foundB.select(".search-results").text().contains(a.code), "round " + round);
            Document other = PortalClient.html(portal.getAsHost(a.code + ".localhost", "/tim-kiem?q=lua+dao+tinh+B&lan=" + round));
            assertEquals("lua dao tinh B", other.selectFirst("input#q2").val(), "the form shows the words of this search");
        }
        HttpResponse<String> keptList = portal.getAsHost(a.code + ".localhost", "/chuyen-muc/tin-tuc?trang=2&lan=3");
        PortalClient.html(keptList);
        assertEquals(1, PortalClient.statements(keptList), "a kept list: only its category is read");
    }

    private static void pauseBeyondTheRepeatedRenewal() {
        try {
            Thread.sleep(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
