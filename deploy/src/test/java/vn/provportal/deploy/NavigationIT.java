package vn.provportal.deploy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue #16 item 4: every link of the back-office menus, as each demo role sees them, answers 200 with a screen and
 * its heading — no 404 (the media library once was one), no 403 for a link the menu offers, no error page.
 */
@ExtendWith(RunningStack.class)
class NavigationIT {

    private static final Set<String> ERROR_TITLES = Set.of("Không có quyền truy cập", "Không tìm thấy trang",
            "Hệ thống đang gặp sự cố");

    @ParameterizedTest
    @ValueSource(strings = {"hy-editor", "hy-publisher", "hy-admin", "ministry-admin"})
    void everyMenuLinkOpensItsScreen(String user) {
        StackConfig config = RunningStack.config();
        Browser browser = new Browser();
        Document start = Browser.html(browser.signIn(config.adminUrl() + "/", user, RunningStack.PASSWORD));
        Set<String> links = new LinkedHashSet<>();
        for (Element a : start.select("nav.admin-nav a[href]")) {
            String href = a.attr("href");
            links.add(href.startsWith("http") ? href : config.portalUrl() + href);
        }
        assertTrue(links.size() >= 5, user + " sees a menu: " + links);
        List<String> problems = new ArrayList<>();
        for (String url : links) {
            HttpResponse<String> page = browser.get(url);
            Element heading = Browser.html(page).selectFirst("main h1");
            if (page.statusCode() != 200 || heading == null || ERROR_TITLES.contains(heading.text())) {
                problems.add(url + " → " + page.statusCode() + " " + (heading == null ? "(no heading)" : heading.text()));
            }
        }
        assertTrue(problems.isEmpty(), user + ": " + String.join("; ", problems));
    }
}
