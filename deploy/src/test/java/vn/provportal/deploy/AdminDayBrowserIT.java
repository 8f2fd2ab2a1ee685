package vn.provportal.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * An administrator's working day in the real Chromium (#13): a province's administrator and the ministry's go through
 * every screen they use, do that screen's work, and meet none of the problems the newsroom issue found — each screen
 * with its sign-out, no serious or critical axe violation at 1366 px nor at 375 px and nothing wider than the phone
 * ({@link Chromium#assertAccessible}), every message once and in Vietnamese, refusals that name the field and keep
 * what was typed, a confirmation before what cannot be undone with one click. The editor's and the publisher's days
 * are {@code NewsroomBrowserIT} and {@code ArticleDeskBrowserIT}.
 */
@ExtendWith(RunningStack.class)
class AdminDayBrowserIT {

    @Test
    void aProvincialAdministratorsDay() throws java.io.IOException {
        String admin = RunningStack.config().adminUrl();
        String marker = UUID.randomUUID().toString().substring(0, 6);
        long article = StackDb.number("SELECT MIN(id) FROM article WHERE tenant_id = 'hung-yen' AND status = 'PUBLISHED'");
        StackDb.insert("INSERT INTO article_comment (tenant_id, article_id, author_name, author_email, body, status, created_at) "
                + "VALUES ('hung-yen', " + article + ", 'Nguyễn Thị Hoa', 'hoa." + marker + "@gmail.com', 'Cảm ơn các chiến sĩ "
                + marker + "', 'PENDING', NOW(6))");
        try (Chromium chromium = Chromium.open().signIn(admin + "/", "hy-admin", RunningStack.PASSWORD)) {
            look(chromium, admin + "/", "the article list");
            String queueLink = chromium.driver.findElement(By.id("nav-comments")).getText();
            assertTrue(queueLink.matches(".*\\(([1-9]\\d*)\\)"), "the menu counts the comments waiting: " + queueLink);

            // the comment queue: found by a word, linked to its article, approved with one message
            look(chromium, admin + "/comment/queue.xhtml?tim=" + marker, "the comment queue searched");
            List<WebElement> rows = chromium.driver.findElements(By.cssSelector("[id$=pending] tbody tr"));
            assertEquals(1, rows.size(), "the search finds the one comment: " + chromium.text());
            assertTrue(rows.get(0).findElement(By.cssSelector("a.comment-article")).getAttribute("href")
                    .endsWith("/content/edit.xhtml?id=" + article), "the comment links to its article");
            chromium.screenshot("newsroom-comment-queue");
            rows.get(0).findElement(By.cssSelector("button.approve")).click();
            once(chromium, "Đã duyệt bình luận");
            assertEquals("APPROVED", StackDb.string("SELECT status FROM article_comment WHERE body LIKE '%" + marker + "'"));

            // the statistics: a word where a number goes is refused by name and kept
            look(chromium, admin + "/stats/entry.xhtml", "the statistics entry");
            type(chromium, "entry:period", "2026-11");
            type(chromium, "entry:receivedOnline", "mười hai");
            chromium.driver.findElement(By.id("entry:save-processing")).click();
            once(chromium, "Tiếp nhận trực tuyến: phải là số nguyên không âm");
            assertEquals("mười hai", value(chromium, "entry:receivedOnline"), "what was typed is kept");
            chromium.assertAccessible("the statistics entry with a refusal");

            // a key for the province's public-service system: shown once, and a reload makes no second one
            look(chromium, admin + "/stats/keys.xhtml", "the keys");
            String label = "Một cửa " + marker;
            type(chromium, "keys:label", label);
            chromium.driver.findElement(By.id("keys:create")).click();
            chromium.waitFor(By.id("issued-key"));
            chromium.driver.navigate().refresh();
            chromium.waitFor(By.id("user-name"));
            assertTrue(chromium.driver.findElements(By.id("issued-key")).isEmpty(), "the key is shown once");
            assertEquals(1L, StackDb.number("SELECT COUNT(*) FROM api_key WHERE tenant_code = 'hung-yen' AND label = '"
                    + label + "'"), "a reload does not send the form again");

            // people: Keycloak's refusal of a name in words, then an invitation, then a lock only once confirmed
            look(chromium, admin + "/people/index.xhtml", "the people");
            String username = "pv-" + marker;
            type(chromium, "invite:username", username);
            type(chromium, "invite:email", username + "@demo.provportal.vn");
            type(chromium, "invite:name", "Trần Văn (PV01)");
            chromium.driver.findElement(By.id("invite:send")).click();
            String refusal = chromium.waitFor(By.id("messages")).getText();
            assertTrue(refusal.contains("Họ tên") && refusal.contains("ngoặc"), "the field and the reason: " + refusal);
            assertFalse(refusal.contains("{") || refusal.contains("errorMessage"), "not Keycloak's JSON: " + refusal);
            assertEquals("Trần Văn (PV01)", value(chromium, "invite:name"), "what was typed is kept");
            assertEquals(username, value(chromium, "invite:username"));
            type(chromium, "invite:name", "Trần Văn An");
            chromium.driver.findElement(By.id("invite:send")).click();
            chromium.waitFor(By.id("invited-password"));
            once(chromium, By.id("invited"), "Đã mời " + username + " làm Biên tập viên");
            chromium.assertAccessible("the people with a new editor");
            chromium.phoneScreenshot("newsroom-people-phone");
            lockButton(chromium, username).click();
            Alert asked = chromium.driver.switchTo().alert();
            assertEquals("Khoá tài khoản này? Người dùng sẽ không đăng nhập được nữa.", asked.getText());
            asked.dismiss();
            assertEquals("Đang hoạt động", state(chromium, username), "dismissed: nothing changes");
            lockButton(chromium, username).click();
            chromium.driver.switchTo().alert().accept();
            once(chromium, "Đã khoá tài khoản");
            assertEquals("Đã khoá", state(chromium, username));

            // a citizen asks what the province holds about her
            look(chromium, admin + "/people/personal-data.xhtml", "personal data requests");
            type(chromium, "request:email", "hoa." + marker + "@gmail.com");
            chromium.driver.findElement(By.id("request:find")).click();
            chromium.waitForText(By.id("found"), "Có 1 mục gắn với hoa." + marker + "@gmail.com");
            assertTrue(chromium.text().contains("Cảm ơn các chiến sĩ " + marker));
            chromium.assertAccessible("the personal data found");

            look(chromium, admin + "/media/library.xhtml", "the media library");
            assertEquals("Thư viện ảnh", chromium.driver.findElement(By.tagName("h1")).getText(), "a page, not a 404");
            for (String screen : List.of("/content/edit.xhtml", "/site/categories.xhtml", "/site/menu.xhtml",
                    "/site/banners.xhtml", "/stats/import.xhtml", "/schedule/week.xhtml", "/qa/index.xhtml",
                    "/qa/question.xhtml?id=" + StackDb.number("SELECT MIN(id) FROM question WHERE tenant_id = 'hung-yen'"),
                    "/documents/index.xhtml", "/documents/edit.xhtml",
                    "/documents/edit.xhtml?id=" + StackDb.number("SELECT MIN(id) FROM legal_document WHERE tenant_id = 'hung-yen'"),
                    "/consultations/index.xhtml", "/compliance/index.xhtml",
                    "/consultations/edit.xhtml?id=" + StackDb.number("SELECT MIN(id) FROM consultation WHERE tenant_id = 'hung-yen'"))) {
                look(chromium, admin + screen, screen);
            }

            // the old site's export read in a dry run (stored only as the upload; ImportDeskIT imports it)
            look(chromium, admin + "/import/index.xhtml", "the import desk");
            chromium.driver.findElement(By.id("upload:source")).sendKeys(fixtureFile("wordpress-export.xml").toString());
            chromium.driver.findElement(By.id("upload:archive")).sendKeys(fixtureFile("wordpress-uploads.zip").toString());
            chromium.driver.findElement(By.id("upload:dry-run")).click();
            chromium.waitForText(By.id("counts"), "bài sẽ được nhập");
            chromium.assertAccessible("the import's dry run");
            chromium.screenshot("import-dry-run");
        }
    }

    @Test
    void theMinistrysDay() throws java.io.IOException, java.sql.SQLException {
        String admin = RunningStack.config().adminUrl();
        String code = "ngay-" + UUID.randomUUID().toString().substring(0, 6);
        try (Chromium chromium = Chromium.open().signIn(admin + "/", "ministry-admin", RunningStack.PASSWORD)) {
            look(chromium, admin + "/", "the ministry's home");
            look(chromium, admin + "/console/fleet.xhtml", "the fleet");
            look(chromium, admin + "/compliance/index.xhtml", "every province's compliance checklist");

            // provisioning: Keycloak refuses the first admin's name in words, and nothing is half made
            look(chromium, admin + "/console/provision.xhtml", "provisioning");
            type(chromium, "wizard:code", code);
            type(chromium, "wizard:name-vi", "Công an tỉnh Thử " + code);
            type(chromium, "wizard:name-en", "Test Province Police " + code);
            type(chromium, "wizard:admin-username", "admin-" + code);
            type(chromium, "wizard:admin-email", "admin-" + code + "@demo.provportal.vn");
            type(chromium, "wizard:admin-name", "Lê Văn (Quản trị)");
            chromium.driver.findElement(By.id("wizard:provision")).click();
            String refusal = chromium.waitFor(By.id("messages")).getText();
            assertTrue(refusal.contains("Họ tên") && refusal.contains("ngoặc"), "the field and the reason: " + refusal);
            assertFalse(refusal.contains("{") || refusal.contains("errorMessage"), "not Keycloak's JSON: " + refusal);
            assertEquals("Công an tỉnh Thử " + code, value(chromium, "wizard:name-vi"), "what was typed is kept");
            assertEquals(0L, StackDb.number("SELECT COUNT(*) FROM tenant WHERE code = '" + code + "'"), "nothing half made");
            chromium.assertAccessible("provisioning with a refusal");

            // the merge: nothing chosen and a province into itself are refused; a real plan asks before merging
            look(chromium, admin + "/console/merge.xhtml", "the merge");
            assertEquals("", new Select(chromium.driver.findElement(By.id("merge:source"))).getFirstSelectedOption()
                    .getAttribute("value"), "no province is chosen for the ministry");
            chromium.driver.findElement(By.id("merge:dry-run")).click();
            assertTrue(chromium.driver.findElements(By.id("plan")).isEmpty(), "no plan without two provinces");
            assertFalse(chromium.waitFor(By.id("messages")).getText().isBlank());
            choose(chromium, "merge:source", "hung-yen");
            choose(chromium, "merge:target", "hung-yen");
            chromium.driver.findElement(By.id("merge:dry-run")).click();
            boolean refused = chromium.driver.findElements(By.id("merge:do-merge")).isEmpty();
            assertTrue(refused, "a province is not merged into itself: " + chromium.text());
            choose(chromium, "merge:source", "thai-binh");
            choose(chromium, "merge:target", "hung-yen");
            chromium.driver.findElement(By.id("merge:dry-run")).click();
            chromium.waitFor(By.cssSelector("#plan .plan-articles"));
            chromium.assertAccessible("the merge's plan");
            chromium.driver.findElement(By.id("merge:do-merge")).click();
            chromium.driver.switchTo().alert().dismiss();
            assertEquals("ACTIVE", StackDb.string("SELECT status FROM tenant WHERE code = 'thai-binh'"),
                    "dismissed: nothing is merged");

            // the audit log: actions in words, addresses as people write them
            look(chromium, admin + "/console/audit.xhtml", "the audit log");
            List<String> actions = chromium.driver.findElements(By.cssSelector("td.audit-action")).stream()
                    .map(WebElement::getText).toList();
            assertFalse(actions.isEmpty());
            assertTrue(actions.stream().noneMatch(a -> a.matches("[a-z-]+\\.[a-z.-]+")), "actions in words: " + actions);
            assertFalse(chromium.text().contains("0:0:0:0:0:0:0:1"), "no raw IPv6 loopback");
            chromium.screenshot("console-audit");

            look(chromium, admin + "/console/broadcast.xhtml", "the broadcast");
            look(chromium, admin + "/console/documents.xhtml", "documents sent to the provinces");
            // backup and restore: Hưng Yên's archive chosen as a file, its dry run read at both widths
            look(chromium, admin + "/console/backups.xhtml", "backup and restore");
            java.nio.file.Path archive = java.nio.file.Files.createTempFile("hung-yen-", ".zip");
            try (java.sql.Connection c = StackDb.connection(RunningStack.config());
                    java.io.OutputStream out = java.nio.file.Files.newOutputStream(archive)) {
                vn.provportal.archive.control.ArchiveWriter.write(c, "hung-yen", out);
            }
            chromium.driver.findElement(By.id("upload:archive")).sendKeys(archive.toString());
            chromium.driver.findElement(By.id("upload:check")).click();
            chromium.waitForText(By.id("code-taken"), "Mã hung-yen đã có trên nền tảng");
            chromium.assertAccessible("the dry run of a restore");
            chromium.screenshot("console-restore-dry-run");
            look(chromium, admin + "/console/province.xhtml?code=hung-yen", "governing Hưng Yên");
        }
    }

    /** Opens a screen, as its user: signed in, with the way out, accessible at both widths. */
    /** A fixture as a file a browser can choose. */
    private static java.nio.file.Path fixtureFile(String name) throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempDirectory("import-").resolve(name);
        try (java.io.InputStream in = AdminDayBrowserIT.class.getResourceAsStream("/importer/" + name)) {
            java.nio.file.Files.write(file, in.readAllBytes());
        }
        return file;
    }

    private static void look(Chromium chromium, String url, String what) {
        chromium.driver.get(url);
        chromium.waitFor(By.id("user-name"));
        assertTrue(chromium.driver.findElement(By.id("session:sign-out")).isDisplayed(), "sign-out on " + what);
        chromium.assertAccessible(what);
    }

    /** The message is on the screen, once (each message appeared twice, #13 item 6). */
    private static void once(Chromium chromium, String message) {
        once(chromium, By.id("messages"), message);
    }

    private static void once(Chromium chromium, By where, String message) {
        chromium.waitForText(where, message);
        String text = chromium.text();
        assertEquals(text.indexOf(message), text.lastIndexOf(message), "\"" + message + "\" once:\n" + text);
    }

    private static void type(Chromium chromium, String id, String text) {
        WebElement field = chromium.waitFor(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static String value(Chromium chromium, String id) {
        return chromium.driver.findElement(By.id(id)).getAttribute("value");
    }

    private static void choose(Chromium chromium, String id, String value) {
        new Select(chromium.driver.findElement(By.id(id))).selectByValue(value);
    }

    private static WebElement row(Chromium chromium, String username) {
        return chromium.driver.findElements(By.cssSelector("[id$=people] tbody tr")).stream()
                .filter(tr -> tr.findElement(By.cssSelector("td.person-username")).getText().equals(username))
                .findFirst().orElseThrow(() -> new AssertionError("no row of " + username + ":\n" + chromium.text()));
    }

    private static WebElement lockButton(Chromium chromium, String username) {
        return row(chromium, username).findElement(By.cssSelector("button.toggle"));
    }

    private static String state(Chromium chromium, String username) {
        return row(chromium, username).findElement(By.cssSelector("td.person-state")).getText();
    }
}
