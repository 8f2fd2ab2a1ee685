package vn.provportal.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.provportal.content.control.SlugGenerator;

/**
 * The citizen portal on Payara Micro with the demo provinces Hưng Yên and Thái Bình: what a citizen sees,
 * and that one province's content never shows under the other's prefix or hostname.
 */
class PortalIT extends DeployedPortal {

    private static final String HY_TITLE =
            "Tổng kết công tác tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2022";
    private static final String TB_TITLE =
            "Công an tỉnh Thái Bình đảm bảo trật tự an toàn giao thông dịp cuối năm";
    private static final String HY_ARTICLE = "/hung-yen/tin-tuc/" + SlugGenerator.slugOf(HY_TITLE).value();
    private static final String TB_SLUG = SlugGenerator.slugOf(TB_TITLE).value();

    @Test
    void homeByPathPrefixListsTheProvincesOwnNews() {
        HttpResponse<String> home = portal.get("/hung-yen/");
        assertEquals(200, home.statusCode());
        Document page = PortalClient.html(home);
        assertTrue(page.select(".brand-name").text().contains("Công an tỉnh Hưng Yên"));
        assertTrue(page.select(".news-title a").eachText().contains(HY_TITLE), page.select(".news-title").text());
        assertFalse(home.body().contains(TB_TITLE));
        assertEquals("vi", page.select("html").attr("lang"));
    }

    @Test
    void articlePageShowsWhatTheReferencePageShows() {
        HttpResponse<String> response = portal.get(HY_ARTICLE);
        assertEquals(200, response.statusCode());
        Document page = PortalClient.html(response);
        assertEquals(HY_TITLE, page.select("h1.article-title").text());
        assertEquals("Chi tiết tin", page.select(".article .section-title").text());
        assertTrue(page.select(".meta time").text().contains("24/11/2022"), page.select(".meta").text());
        assertTrue(page.select(".article-lead").text().startsWith("Ngày 23/11, Bộ Công an tổ chức hội nghị"));
        Element figure = page.selectFirst("figure.article-figure");
        assertNotNull(figure, "captioned image");
        assertEquals("Các đại biểu dự hội nghị tại điểm cầu Hưng Yên", figure.select("figcaption").text());
        assertFalse(figure.select("img").attr("alt").isBlank());
        assertTrue(page.select(".article-body").text().contains("Thực hiện Kế hoạch số 333/KH-BCĐ"));
        assertEquals("Hoàng Bền", page.select(".article-author").text());
        assertNotNull(page.selectFirst("form[role=search] input[name=q]"), "the search box");

        HttpResponse<byte[]> image = portal.getBytes(figure.select("img").attr("src"));
        assertEquals(200, image.statusCode());
        assertEquals("image/jpeg", image.headers().firstValue("Content-Type").orElse(""));
        assertTrue(image.headers().firstValue("Cache-Control").orElse("").contains("immutable"));
    }

    @Test
    void everyViewIsCountedAlsoWhenTheKeptCopyIsSent() {
        long first = viewCount(portal.get(HY_ARTICLE));
        portal.get(HY_ARTICLE);
        portal.get(HY_ARTICLE);
        long later = viewCount(PageLifetime.awaitChange(() -> portal.get(HY_ARTICLE), r -> viewCount(r) > first));
        assertTrue(later >= first + 3, first + " then 3 more views → " + later);
    }

    @Test
    void provinceHostnameServesTheSameHomeWithoutPrefix() {
        HttpResponse<String> home = portal.getAsHost("hung-yen.localhost", "/");
        assertEquals(200, home.statusCode());
        Document page = PortalClient.html(home);
        assertTrue(page.select(".news-title a").eachText().contains(HY_TITLE));
        String link = page.select(".news-title a").first().attr("href");
        assertTrue(link.startsWith("/tin-tuc/"), link);
        assertEquals(200, portal.getAsHost("hung-yen.localhost", link).statusCode());
    }

    @Test
    void anotherProvincesArticleIsNotReachableUnderHungYen() {
        assertEquals(200, portal.get("/thai-binh/tin-tuc/" + TB_SLUG).statusCode(), "exists in its own province");

        HttpResponse<String> byPrefix = portal.get("/hung-yen/tin-tuc/" + TB_SLUG);
        HttpResponse<String> byHost = portal.getAsHost("hung-yen.localhost", "/tin-tuc/" + TB_SLUG);
        HttpResponse<String> byHostAndForeignPrefix =
                portal.getAsHost("hung-yen.localhost", "/thai-binh/tin-tuc/" + TB_SLUG);
        for (HttpResponse<String> response : java.util.List.of(byPrefix, byHost, byHostAndForeignPrefix)) {
            assertEquals(404, response.statusCode(), response.uri().toString());
            assertFalse(response.body().contains(TB_TITLE));
        }
    }

    @Test
    void anotherProvincesImageIsNotServedUnderHungYen() {
        Document tbArticle = PortalClient.html(portal.get("/thai-binh/tin-tuc/" + TB_SLUG));
        String sha = tbArticle.select("figure img").attr("src").replaceAll(".*/media/", "");
        assertEquals(64, sha.length());
        assertEquals(200, portal.getBytes("/thai-binh/media/" + sha).statusCode());
        assertEquals(404, portal.getBytes("/hung-yen/media/" + sha).statusCode());
    }

    @Test
    void unknownProvinceIsAThemedNotFoundPage() {
        HttpResponse<String> response = portal.get("/khong-ton-tai/");
        assertEquals(404, response.statusCode());
        Document page = PortalClient.html(response);
        assertTrue(page.select("h1").text().contains("Không tìm thấy trang"), page.text());
        assertFalse(response.body().contains("Exception"));
        assertFalse(response.body().contains("at vn.provportal"));
    }

    @Test
    void unknownArticleIsNotFoundInsideTheProvincesTheme() {
        HttpResponse<String> response = portal.get("/hung-yen/tin-tuc/khong-co-bai-nay");
        assertEquals(404, response.statusCode());
        Document page = PortalClient.html(response);
        assertTrue(page.select(".brand-name").text().contains("Hưng Yên"));
        assertTrue(page.select("h1").text().contains("Không tìm thấy trang"));
    }

    @Test
    void readingPagesCreateNoSession() {
        for (String path : java.util.List.of("/hung-yen/", HY_ARTICLE, "/")) {
            HttpResponse<String> response = portal.get(path);
            assertEquals(200, response.statusCode(), path);
            assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), path + " set a cookie");
            assertFalse(response.body().contains("jakarta.faces.ViewState"), path);
        }
    }

    @Test
    void platformLandingListsTheProvinces() {
        Document page = PortalClient.html(portal.get("/"));
        assertTrue(page.select(".province-list a").eachText().containsAll(
                java.util.List.of("Công an tỉnh Hưng Yên", "Công an tỉnh Thái Bình")));
    }

    @Test
    void searchWithoutDiacriticsFindsTheArticleInItsProvinceOnly() {
        Document hy = PortalClient.html(portal.get("/hung-yen/tim-kiem?q=ngay+hoi+toan+dan"));
        assertTrue(hy.select(".news-title a").eachText().contains(HY_TITLE), hy.select("main").text());
        Document tb = PortalClient.html(portal.get("/thai-binh/tim-kiem?q=ngay+hoi+toan+dan"));
        assertTrue(tb.select(".news-title a").isEmpty(), tb.select("main").text());
        Document dStroke = PortalClient.html(portal.get("/thai-binh/tim-kiem?q=dam+bao+trat+tu"));
        assertTrue(dStroke.select(".news-title a").eachText().contains(TB_TITLE));
    }

    @Test
    void hostileSearchInputIsNeitherReflectedNorAnError() {
        HttpResponse<String> response = portal.get("/hung-yen/tim-kiem?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E"
                + "+%22+%2B-*%40" + "x".repeat(5000));
        assertEquals(200, response.statusCode());
        assertFalse(response.body().contains("<script>alert(1)"));
    }

    private static long viewCount(HttpResponse<String> response) {
        assertEquals(200, response.statusCode());
        Matcher m = Pattern.compile("Lượt xem: (\\d+)").matcher(PortalClient.html(response).text());
        assertTrue(m.find(), "Lượt xem shown");
        return Long.parseLong(m.group(1));
    }
}
