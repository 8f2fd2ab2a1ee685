package vn.provportal.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * No lost work in the newsroom (#13), in real browsers: what an editor typed survives a browser that dies and a
 * page left without saving, and comes back when the editor says so; a second editor is told who is editing before
 * starting; two saves of one draft end in a choice per field, nothing saved until each field is chosen.
 */
@ExtendWith(RunningStack.class)
class ArticleDeskBrowserIT {

    private static final String EDIT = "/content/edit.xhtml";

    @Test
    void whatWasTypedSurvivesACrashedBrowserAndALeftPage() {
        String admin = RunningStack.config().adminUrl();
        String title = "Cảnh báo thủ đoạn giả danh công an gọi điện " + UUID.randomUUID().toString().substring(0, 6);
        try (Chromium crashed = Chromium.open()) {
            crashed.signIn(admin + EDIT, "hy-editor", RunningStack.PASSWORD);
            type(crashed, title, "Người dân cần cảnh giác với cuộc gọi lạ.", "Đối tượng yêu cầu chuyển tiền để xác minh.");
            js(crashed, "ProvPortal.desk.keep()");
            crashed.waitForText(By.id("desk"), "Đã tự lưu nội dung đang viết lúc");
            js(crashed, "navigator.sendBeacon = function () { return true; }");
        }

        String id;
        try (Chromium back = Chromium.open()) {
            back.signIn(admin + EDIT, "hy-editor", RunningStack.PASSWORD);
            WebElement offer = back.waitFor(By.id("restore-offer"));
            assertTrue(offer.getText().contains(title), offer.getText());
            assertEquals("", value(back, "article:title"), "nothing is put in the form before the editor says so");
            back.assertAccessible("the restore offer");
            back.screenshot("newsroom-restore-offer");
            back.driver.findElement(By.id("article:restore")).click();
            back.waitForText(By.id("messages"), "Đã khôi phục nội dung bạn đang viết");
            assertEquals(title, value(back, "article:title"));
            assertEquals("Người dân cần cảnh giác với cuộc gọi lạ.", value(back, "article:lead"));
            assertTrue(body(back).contains("Đối tượng yêu cầu chuyển tiền để xác minh."), body(back));
            assertEquals("9", back.driver.findElement(By.id("word-count")).getText(), "the body's words are counted");
            back.driver.findElement(By.id("article:save")).click();
            back.waitForText(By.id("messages"), "Đã lưu bản nháp");
            id = back.driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
            assertTrue(id.matches("\\d+"), "the first save gives the page the article's own address: " + back.driver.getCurrentUrl());
            assertEquals(title, StackDb.string("SELECT title FROM article WHERE id = " + id));

            back.driver.get(admin + EDIT + "?id=" + id);
            back.waitFor(By.id("article:title"));
            assertTrue(back.driver.findElements(By.id("restore-offer")).isEmpty(), "saved: nothing more to restore");

            WebElement lead = back.driver.findElement(By.id("article:lead"));
            lead.sendKeys(" Gọi ngay 113 khi nghi ngờ.");
            back.driver.get(admin + "/");
            back.waitFor(By.id("user-name"));
            WebElement again = reopenUntilOffered(back, admin + EDIT + "?id=" + id);
            assertTrue(again.getText().contains(title), again.getText());
            back.driver.findElement(By.id("article:restore")).click();
            back.waitForText(By.id("messages"), "Đã khôi phục");
            assertEquals("Người dân cần cảnh giác với cuộc gọi lạ. Gọi ngay 113 khi nghi ngờ.", value(back, "article:lead"),
                    "the page left without saving sent what was typed as it went");
            assertEquals("Người dân cần cảnh giác với cuộc gọi lạ.",
                    StackDb.string("SELECT lead_text FROM article WHERE id = " + id), "restoring saves nothing by itself");

            back.driver.findElement(By.id("article:trash")).click();
            back.waitFor(By.id("in-trash"));
            assertTrue(back.driver.findElements(By.id("article:save")).isEmpty(), "a draft in the trash is not edited");
            back.driver.get(admin + "/?xem=thung-rac");
            assertTrue(back.waitFor(By.id("list-heading")).getText().startsWith("Thùng rác"));
            assertTrue(back.text().contains(title), "the trash lists it");
            back.driver.get(admin + "/");
            back.waitFor(By.id("list-heading"));
            assertFalse(back.text().contains(title), "the newsroom's list does not");
            back.driver.get(admin + EDIT + "?id=" + id);
            back.waitFor(By.id("trash-note:restore-from-trash")).click();
            back.waitForText(By.id("messages"), "Đã khôi phục bài từ thùng rác");
            assertEquals(title, value(back, "article:title"), "back as it was, editable");
        }
    }

    @Test
    void aSecondEditorIsWarnedAndTwoSavesEndInAChoicePerField() {
        String admin = RunningStack.config().adminUrl();
        String marker = UUID.randomUUID().toString().substring(0, 6);
        try (Chromium editor = Chromium.open(); Chromium publisher = Chromium.open()) {
            editor.signIn(admin + EDIT, "hy-editor", RunningStack.PASSWORD);
            type(editor, "Tuần tra kiểm soát dịp cuối năm " + marker, "Sapo ban đầu.", "Nội dung ban đầu.");
            editor.driver.findElement(By.id("article:save")).click();
            editor.waitForText(By.id("messages"), "Đã lưu bản nháp");
            String id = editor.driver.findElement(By.id("revisions-link")).getAttribute("href").replaceAll(".*[?&]id=(\\d+).*", "$1");

            publisher.signIn(admin + EDIT + "?id=" + id, "hy-publisher", RunningStack.PASSWORD);
            WebElement warning = publisher.waitFor(By.cssSelector(".desk-other"));
            assertTrue(warning.getText().startsWith("hy-editor đang sửa bài này từ "), warning.getText());
            WebElement theirLead = publisher.driver.findElement(By.id("article:lead"));
            theirLead.clear();
            theirLead.sendKeys("Sapo do biên tập viên cấp trên sửa.");
            replaceBody(publisher, "Nội dung do hy-publisher viết lại.");
            publisher.driver.findElement(By.id("article:save")).click();
            publisher.waitForText(By.id("messages"), "Đã lưu bản nháp");

            WebElement myTitle = editor.driver.findElement(By.id("article:title"));
            myTitle.clear();
            myTitle.sendKeys("Tuần tra kiểm soát cao điểm Tết " + marker);
            replaceBody(editor, "Nội dung do hy-editor viết lại.");
            editor.driver.findElement(By.id("article:save")).click();
            editor.waitFor(By.id("conflict"));
            assertEquals(List.of("title", "lead", "body"), editor.driver.findElements(By.cssSelector("tr.conflict-row")).stream()
                    .map(r -> r.getAttribute("data-field")).toList());
            assertEquals("mine", checked(editor, "title"), "only the editor changed the title");
            assertEquals("theirs", checked(editor, "lead"), "only the publisher changed the lead");
            assertEquals("", checked(editor, "body"), "both changed the body: the editor must choose");
            assertTrue(editor.driver.findElements(By.id("article:submit")).isEmpty(), "no submitting while a choice is open");
            assertEquals("Tuần tra kiểm soát dịp cuối năm " + marker, StackDb.string("SELECT title FROM article WHERE id = " + id),
                    "the conflicting save wrote nothing");
            editor.assertAccessible("the conflict's choice per field");
            editor.screenshot("newsroom-conflict-choice");

            editor.driver.findElement(By.id("article:save-choices")).click();
            editor.waitForText(By.id("messages"), "Hãy chọn giữ bản của bạn hay lấy bản của hy-publisher cho: Nội dung");
            assertEquals("Sapo do biên tập viên cấp trên sửa.", StackDb.string("SELECT lead_text FROM article WHERE id = " + id),
                    "nothing saved until every field is chosen");

            editor.driver.findElement(By.cssSelector("tr.conflict-row[data-field=body] input[value=mine]")).click();
            editor.driver.findElement(By.id("article:save-choices")).click();
            editor.waitForText(By.id("messages"), "Đã lưu theo lựa chọn của bạn");
            assertTrue(editor.driver.findElements(By.id("conflict")).isEmpty());
            assertEquals("Tuần tra kiểm soát cao điểm Tết " + marker, StackDb.string("SELECT title FROM article WHERE id = " + id));
            assertEquals("Sapo do biên tập viên cấp trên sửa.", StackDb.string("SELECT lead_text FROM article WHERE id = " + id));
            String body = StackDb.string("SELECT body_html FROM article WHERE id = " + id);
            assertTrue(body.contains("Nội dung do hy-editor viết lại.") && !body.contains("hy-publisher viết"), body);

            editor.driver.findElement(By.id("article:submit")).click();
            editor.waitForText(By.id("article-status"), "Chờ duyệt");
            assertEquals("Sapo do biên tập viên cấp trên sửa.", StackDb.string("SELECT lead_text FROM article WHERE id = " + id),
                    "submitted as shown on the screen");

            long returnedBefore = counted(editor, "view-returned");
            publisher.driver.get(admin + "/inbox/index.xhtml");
            assertTrue(publisher.waitFor(By.id("inbox")).getText().contains("hy-editor gửi duyệt bài «Tuần tra kiểm soát cao điểm Tết "
                    + marker + "»"), "the publishers are told of the submission: " + publisher.text());
            assertEquals(0, counted(publisher, "nav-inbox"), "opened: nothing unread");
            publisher.driver.get(admin + "/?xem=cho-duyet");
            assertEquals("Bài chờ duyệt", publisher.waitFor(By.id("list-heading")).getText());
            assertTrue(publisher.text().contains("cao điểm Tết " + marker), "the publisher's view of what waits");
            assertTrue(counted(publisher, "view-review") >= 1);
            publisher.driver.get(admin + EDIT + "?id=" + id);
            publisher.waitFor(By.id("article:reason")).sendKeys("Bổ sung số liệu tuần tra.");
            publisher.driver.findElement(By.id("article:return")).click();
            publisher.waitForText(By.id("article-status"), "Bản nháp");

            editor.driver.get(admin + "/?xem=bi-tra-lai");
            assertEquals("Bài bị trả lại cho tôi sửa", editor.waitFor(By.id("list-heading")).getText());
            assertTrue(editor.text().contains("cao điểm Tết " + marker), "the editor's view of what came back");
            assertEquals(returnedBefore + 1, counted(editor, "view-returned"), "the menu counts it");
            assertTrue(counted(editor, "nav-inbox") >= 1, "the editor has a notification");
            editor.driver.get(admin + "/inbox/index.xhtml");
            assertTrue(editor.waitFor(By.id("inbox")).getText().contains("hy-publisher đã trả lại bài «Tuần tra kiểm soát cao điểm Tết "
                    + marker + "» để bạn sửa: Bổ sung số liệu tuần tra."), editor.text());
            editor.assertAccessible("the notifications");
            editor.driver.get(admin + EDIT + "?id=" + id);
            editor.waitFor(By.id("article:submit")).click();
            editor.waitForText(By.id("article-status"), "Chờ duyệt");
            assertEquals(returnedBefore, counted(editor, "view-returned"), "submitted again: no longer waiting for the editor");

            publisher.driver.get(admin + EDIT + "?id=" + id);
            publisher.waitFor(By.id("article:reason")).sendKeys("Cần bổ sung nguồn tin.");
            publisher.driver.findElement(By.id("article:reject")).click();
            publisher.driver.switchTo().alert().dismiss();
            assertEquals("IN_REVIEW", StackDb.string("SELECT status FROM article WHERE id = " + id),
                    "a rejection not confirmed changes nothing");
            publisher.driver.findElement(By.id("article:reject")).click();
            publisher.driver.switchTo().alert().accept();
            publisher.waitForText(By.id("article-status"), "Bị từ chối");
        }
    }

    @Test
    void severalArticlesAreSubmittedAtOnceAllOrNothing() {
        String admin = RunningStack.config().adminUrl();
        String marker = UUID.randomUUID().toString().substring(0, 6);
        try (Chromium editor = Chromium.open()) {
            editor.signIn(admin + EDIT, "hy-editor", RunningStack.PASSWORD);
            List<String> ids = new java.util.ArrayList<>();
            for (String title : List.of("Lịch tiếp công dân tháng 12 " + marker, "Lịch trực ban dịp lễ " + marker)) {
                editor.driver.get(admin + EDIT);
                type(editor, title, "Sapo.", "Nội dung.");
                editor.driver.findElement(By.id("article:save")).click();
                editor.waitForText(By.id("messages"), "Đã lưu bản nháp");
                ids.add(editor.driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
            }
            editor.driver.get(admin + "/?tieu-de=" + marker);
            List<String> offered = editor.waitFor(By.id("worklist:bulk-action")).findElements(By.tagName("option")).stream()
                    .map(o -> o.getAttribute("value")).toList();
            assertEquals(List.of("", "SUBMIT", "MOVE", "TRASH"), offered, "an editor is not offered approving or taking down");

            tickAllAndApply(editor, "SUBMIT");
            editor.waitForText(By.id("worklist:bulk-messages"), "Đã gửi duyệt 2 bài");
            for (String id : ids) {
                assertEquals("IN_REVIEW", StackDb.string("SELECT status FROM article WHERE id = " + id));
            }

            editor.driver.get(admin + "/?tieu-de=" + marker);
            tickAllAndApply(editor, "TRASH");
            editor.waitForText(By.id("worklist:bulk-messages"), "Không thực hiện \"Chuyển vào thùng rác\" cho bài nào: 2 trong 2 bài");
            assertEquals(2, editor.driver.findElements(By.cssSelector("input[name=chon]:checked")).size(), "the ticks are kept");
            for (String id : ids) {
                assertEquals(null, StackDb.string("SELECT trashed_at FROM article WHERE id = " + id), "nothing trashed");
            }
            editor.assertAccessible("the article list with a bulk refusal");
        }
    }

    private static void tickAllAndApply(Chromium chromium, String action) {
        List<WebElement> boxes = chromium.waitFor(By.cssSelector("input[name=chon]")) == null ? List.of()
                : chromium.driver.findElements(By.cssSelector("input[name=chon]"));
        assertEquals(2, boxes.size(), chromium.text());
        boxes.forEach(WebElement::click);
        new org.openqa.selenium.support.ui.Select(chromium.driver.findElement(By.id("worklist:bulk-action"))).selectByValue(action);
        chromium.driver.findElement(By.id("worklist:bulk-apply")).click();
        chromium.driver.switchTo().alert().accept();
    }

    private static void type(Chromium chromium, String title, String lead, String body) {
        chromium.waitFor(By.id("article:title")).sendKeys(title);
        chromium.driver.findElement(By.id("article:lead")).sendKeys(lead);
        WebElement editor = chromium.driver.findElement(By.cssSelector("#article\\:body .ql-editor"));
        editor.click();
        editor.sendKeys(body);
    }

    private static void replaceBody(Chromium chromium, String text) {
        WebElement editor = chromium.driver.findElement(By.cssSelector("#article\\:body .ql-editor"));
        editor.click();
        editor.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
        editor.sendKeys(text);
    }

    private static WebElement reopenUntilOffered(Chromium chromium, String url) {
        for (int i = 0; i < 20; i++) {
            chromium.driver.get(url);
            chromium.waitFor(By.id("article:title"));
            List<WebElement> offer = chromium.driver.findElements(By.id("restore-offer"));
            if (!offer.isEmpty()) {
                return offer.get(0);
            }
            ChildProcess.sleep(java.time.Duration.ofMillis(500));
        }
        throw new AssertionError("no restore offer after leaving the page:\n" + chromium.text());
    }

    /** The number in a menu link such as "Bị trả lại (2)". */
    private static long counted(Chromium chromium, String link) {
        return Long.parseLong(chromium.driver.findElement(By.id(link)).getText().replaceAll(".*\\((\\d+)\\).*", "$1"));
    }

    private static String checked(Chromium chromium, String field) {
        return chromium.driver.findElements(By.cssSelector("tr.conflict-row[data-field=" + field + "] input[type=radio]"))
                .stream().filter(WebElement::isSelected).map(r -> r.getAttribute("value")).findFirst().orElse("");
    }

    private static String value(Chromium chromium, String id) {
        return chromium.driver.findElement(By.id(id)).getAttribute("value");
    }

    private static String body(Chromium chromium) {
        return chromium.driver.findElement(By.cssSelector("#article\\:body .ql-editor")).getText();
    }

    private static Object js(Chromium chromium, String script) {
        return ((JavascriptExecutor) chromium.driver).executeScript(script);
    }
}
