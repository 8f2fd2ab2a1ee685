package vn.provportal.portal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.provportal.portal.Deployments;

/**
 * A citizen in a real headless Chromium on the demo portal: home → search without diacritics → the
 * reference article → a comment held for moderation; bigger text; and axe-core finding no serious or
 * critical WCAG 2.1 AA violation on the home, category, article and search pages.
 */
@ExtendWith(ArquillianExtension.class)
class CitizenBrowserIT extends BrowserIT {

    private static final String REFERENCE =
            "Tổng kết công tác tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2022";

    @ArquillianResource
    URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void citizenSearchesReadsAndComments() {
        HomePage home = HomePage.open(browser, url("hung-yen/"));
        assertEquals("CÔNG AN TỈNH HƯNG YÊN", home.provinceName());
        screenshot("home-hung-yen");

        SearchResultsPage results = home.search("ngay hoi toan dan");
        assertTrue(results.titles().contains(REFERENCE), results.titles().toString());
        assertTrue(results.marked().stream().anyMatch(m -> m.equalsIgnoreCase("Ngày")), results.marked().toString());

        ArticlePage article = results.open(REFERENCE);
        assertEquals(REFERENCE, article.title());
        assertEquals("Các đại biểu dự hội nghị tại điểm cầu Hưng Yên", article.caption());
        assertTrue(article.views().startsWith("Lượt xem:"));
        screenshot("article-hung-yen");

        article.comment("Nguyễn Thị Hoa", "Bài viết rất hữu ích, cảm ơn Công an tỉnh!");
        assertTrue(article.notice().contains("chờ duyệt"), article.notice());
    }

    @Test
    void statisticsWidgetsShowTheNumbersJustSentAndChartAndTableAgree() throws Exception {
        String key = vn.provportal.portal.ProvinceFixture.apiKeyOf("hung-yen");
        java.net.http.HttpRequest put = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        url("api/v1/provinces/hung-yen/processing/2099-12")))
                .header("Content-Type", "application/json").header("X-API-Key", key)
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"receivedOnline\": 1800, \"receivedOffline\": 600,"
                        + " \"resolvedEarly\": 500, \"resolvedOnTime\": 1600, \"resolvedLate\": 100,"
                        + " \"pendingInTime\": 150, \"pendingOverdue\": 50}")).build();
        assertEquals(200, java.net.http.HttpClient.newHttpClient().send(put,
                java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode());

        browser.get(url("hung-yen/"));
        org.openqa.selenium.WebElement widget = browser.findElement(org.openqa.selenium.By.cssSelector(".stats-processing"));
        assertEquals("Tháng 12/2099", widget.findElement(org.openqa.selenium.By.cssSelector(".stats-period")).getText());
        java.util.List<String> table = java.util.List.of("received", "resolved-early", "resolved-on-time", "resolved-late", "pending")
                .stream().map(c -> widget.findElement(org.openqa.selenium.By.cssSelector("td." + c)).getText()).toList();
        java.util.List<String> chart = widget.findElements(org.openqa.selenium.By.cssSelector("svg text.bar-value")).stream()
                .map(e -> e.getText().replace(".", "")).toList();
        assertEquals(java.util.List.of("2400", "500", "1600", "100", "200"), table);
        assertEquals(table, chart, "the chart draws the table's numbers");
        screenshot("statistics-widgets-hung-yen");
    }

    @Test
    void largerTextIsRememberedAcrossPages() {
        HomePage home = HomePage.open(browser, url("thai-binh/"));
        double before = home.rootFontSize();
        home.largerText();
        home.largerText();
        double after = home.rootFontSize();
        assertTrue(after > before * 1.2, before + " → " + after);
        HomePage again = HomePage.open(browser, url("thai-binh/chuyen-muc/tin-tuc"));
        assertEquals(after, again.rootFontSize(), 0.01);
        screenshot("home-thai-binh-larger-text");
    }

    @Test
    void readingPagesHaveNoSeriousAccessibilityViolations() {
        for (String path : new String[] {"hung-yen/", "hung-yen/chuyen-muc/tin-tuc",
                "hung-yen/tin-tuc/tong-ket-cong-tac-to-chuc-ngay-hoi-toan-dan-bao-ve-an-ninh-to-quoc-nam-2022",
                "hung-yen/tim-kiem?q=an+ninh", "thai-binh/", "hung-yen/en/", "hung-yen/van-ban?loai=quyet-dinh",
                "hung-yen/van-ban/15-2025-qd-ubnd", "hung-yen/van-ban/08-2023-qd-ubnd", "hung-yen/gop-y-du-thao",
                "hung-yen/gop-y-du-thao/du-thao-quy-dinh-camera-giam-sat-an-ninh-trat-tu"}) {
            browser.get(url(path));
            assertEquals("", seriousViolations(), path);
        }
        browser.get(url("hung-yen/van-ban/15-2025-qd-ubnd"));
        screenshot("document-hung-yen");
        browser.get(url("hung-yen/gop-y-du-thao/du-thao-quy-dinh-camera-giam-sat-an-ninh-trat-tu"));
        screenshot("consultation-hung-yen");
    }

    private String url(String path) {
        return deployment.toString() + path;
    }
}
