package vn.provportal.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The editor's and the publisher's day (#13; the administrators' is {@code AdminDayBrowserIT}), every screen they open
 * checked by axe at 1366 and 375 px and for its width on a phone; saving without a title is refused with the text kept.
 * The newsroom loop in real browsers, each user signing in on Keycloak's page: hy-editor writes an article
 * with an uploaded, captioned image shown in place in the body and a table, previews it in the back office, shares a
 * preview link and submits it; hy-publisher
 * approves — each step mailed to the people it concerns (GreenMail); the article is on Hưng Yên's portal with its figure and caption, and not on Thái Bình's;
 * tb-editor cannot open it by URL.
 */
@ExtendWith(RunningStack.class)
class NewsroomBrowserIT {

    /** The SMTP server the stack is configured with in the tests (deploy/pom.xml, PROVPORTAL_SMTP_PORT). */
    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(13025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Test
    void editorWritesWithACaptionedImagePublisherApprovesOnlyHungYenShowsIt() throws IOException, jakarta.mail.MessagingException {
        StackConfig config = RunningStack.config();
        String admin = config.adminUrl();
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String title = "Công an Hưng Yên ra quân bảo đảm trật tự " + marker;
        String caption = "Lực lượng Cảnh sát cơ động ra quân tại quảng trường tỉnh " + marker;
        String id;
        String previewUrl;
        try (Chromium editor = Chromium.open()) {
            editor.signIn(admin + "/content/edit.xhtml", "hy-editor", RunningStack.PASSWORD);
            editor.assertAccessible("a new article");
            // #13 item 1: saving without a title was an HTTP 500 and the article was lost
            editor.waitFor(By.id("article:lead")).sendKeys("Sáng nay, Công an tỉnh tổ chức lễ ra quân.");
            editor.driver.findElement(By.id("article:save")).click();
            editor.waitForText(By.id("messages"), "Tiêu đề không được để trống");
            assertEquals("Sáng nay, Công an tỉnh tổ chức lễ ra quân.", editor.waitFor(By.id("article:lead")).getAttribute("value"),
                    "the lead typed is kept");
            editor.waitFor(By.id("article:title")).sendKeys(title);
            editor.driver.findElement(By.id("article:author")).sendKeys("Hoàng Bền");
            editor.driver.findElement(By.id("article:tags")).sendKeys("an ninh, ra quân");
            WebElement body = editor.driver.findElement(By.cssSelector("#article\\:body .ql-editor"));
            body.click();
            body.sendKeys("Lễ ra quân có sự tham gia của 500 cán bộ, chiến sĩ.");

            editor.driver.findElement(By.cssSelector("#article\\:upload input[type=file]"))
                    .sendKeys(photo(marker).toString());
            WebElement captionInput = editor.waitFor(By.cssSelector("input.caption-input"));
            captionInput.sendKeys(caption);
            editor.driver.findElement(By.cssSelector("input.alt-input")).sendKeys("Hàng ngũ cán bộ chiến sĩ trong lễ ra quân");
            body.click();
            editor.driver.findElement(By.cssSelector("button.insert-image")).click();
            WebElement inPlace = editor.waitFor(By.cssSelector("#article\\:body .ql-editor img"));
            assertEquals("Hàng ngũ cán bộ chiến sĩ trong lễ ra quân", inPlace.getAttribute("alt"), "the image is shown where it goes");
            table(editor, "Chỉ tiêu", "Số lượng " + marker);
            assertTrue(editor.driver.findElements(By.cssSelector("#article\\:body .ql-editor td img")).isEmpty(),
                    "the table opens on a line of its own: the image before it stays outside");
            editor.screenshot("newsroom-editor");
            editor.assertAccessible("the editor with an image and a table");
            editor.driver.findElement(By.id("article:save")).click();
            editor.waitForText(By.id("messages"), "Đã lưu bản nháp");
            assertEquals("Bản nháp", editor.driver.findElement(By.id("article-status")).getText());
            assertEquals(caption, editor.driver.findElement(By.cssSelector("input.caption-input")).getAttribute("value"),
                    "the caption was saved with the article");
            WebElement saved = editor.waitFor(By.cssSelector("#article\\:body .ql-editor"));
            assertEquals(1, saved.findElements(By.tagName("img")).size(), "after saving, the image is still shown in the text");
            assertTrue(!saved.getText().contains("[[anh-"), saved.getText());
            assertEquals(List.of("Chỉ tiêu", "Số lượng " + marker), saved.findElements(By.cssSelector("td")).stream()
                    .map(WebElement::getText).filter(t -> !t.isBlank()).toList(), "the table is kept, cell by cell");

            editor.driver.findElement(By.id("article:preview-now")).click();
            WebElement preview = editor.waitFor(By.cssSelector(".preview-article figure"));
            assertEquals(caption, preview.findElement(By.tagName("figcaption")).getText(), "the preview shows the figure");
            assertEquals(title, editor.driver.findElement(By.cssSelector(".preview-article .preview-title")).getText());
            assertTrue(editor.driver.findElement(By.cssSelector(".preview-body table")).getText().contains("Số lượng " + marker));
            editor.assertAccessible("the editor with an image, a table and the preview");
            editor.screenshot("newsroom-preview");
            // #13 item 10: after the first save the address named the article, so a reload or a bookmark finds it again
            id = editor.driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
            assertTrue(id.matches("\\d+"), "the article's id in the address: " + editor.driver.getCurrentUrl());

            editor.driver.findElement(By.id("preview:create-link")).click();
            previewUrl = editor.waitFor(By.id("preview-url")).getAttribute("href");

            editor.driver.findElement(By.id("article:submit")).click();
            editor.waitForText(By.id("article-status"), "Chờ duyệt");
            editor.driver.get(admin + "/");
            editor.waitFor(By.id("user-name"));
            assertTrue(editor.text().contains(title), "the editor's list shows the article sent for review");
            editor.assertAccessible("the editor's article list");
            editor.screenshot("newsroom-article-list");
            editor.phoneScreenshot("newsroom-article-list-phone");
        }
        java.util.Set<String> told = mailedAbout(title, java.util.Set.of("hy-admin@demo.provportal.vn", "hy-publisher@demo.provportal.vn"));
        assertTrue(java.util.Collections.disjoint(told, java.util.Set.of("hy-editor@demo.provportal.vn", "tb-editor@demo.provportal.vn",
                "ministry-admin@demo.provportal.vn")), "the submission is mailed to Hưng Yên's publishers and administrator, "
                + "not to its writer, another province or the ministry: " + told);
        MimeMessage submitted = mails(title).get(0);
        assertEquals("[ProvPortal · hung-yen] hy-editor gửi duyệt bài «" + title + "»", submitted.getSubject());
        assertTrue(String.valueOf(submitted.getContent()).contains("/content/edit.xhtml?id=" + id), "the mail links to the article");

        try (Chromium leader = Chromium.open()) {
            leader.driver.get(previewUrl);
            assertTrue(leader.text().contains("BẢN XEM TRƯỚC"), leader.text());
            assertEquals(title, leader.driver.findElement(By.cssSelector("h1.article-title")).getText());
            // #13 item 4: the preview's "Tin đọc nhiều" showed the unpublished draft's title and future address
            assertTrue(mostRead(leader).stream().noneMatch(title::equals), "the draft is not among the most read");
        }

        try (Chromium publisher = Chromium.open()) {
            publisher.signIn(admin + "/", "hy-publisher", RunningStack.PASSWORD);
            publisher.assertAccessible("the publisher's article list");
            publisher.driver.get(admin + "/content/edit.xhtml?id=" + id);
            publisher.waitFor(By.id("article:approve"));
            publisher.assertAccessible("an article awaiting review");
            publisher.waitFor(By.id("article:approve")).click();
            publisher.waitForText(By.id("article-status"), "Đã đăng");
            publisher.assertAccessible("the article just published");
        }
        assertEquals(java.util.Set.of("hy-editor@demo.provportal.vn"),
                mailedAbout("hy-publisher đã duyệt bài «" + title, java.util.Set.of("hy-editor@demo.provportal.vn")),
                "the writer, and only the writer, hears of the approval by mail");

        String slug = vn.provportal.content.control.SlugGenerator.slugOf(title).value();
        try (Chromium citizen = Chromium.open()) {
            citizen.driver.get(config.portalUrl() + "/hung-yen/tin-tuc/" + slug);
            assertEquals(title, citizen.driver.findElement(By.cssSelector("h1.article-title")).getText());
            WebElement figure = citizen.driver.findElement(By.cssSelector(".article-body figure.article-figure"));
            assertEquals(caption, figure.findElement(By.tagName("figcaption")).getText(), "the image sits in the body with its caption");
            assertEquals("Hàng ngũ cán bộ chiến sĩ trong lễ ra quân", figure.findElement(By.tagName("img")).getAttribute("alt"));
            Number width = (Number) ((org.openqa.selenium.JavascriptExecutor) citizen.driver).executeScript(
                    "return arguments[0].naturalWidth", figure.findElement(By.tagName("img")));
            assertTrue(width.intValue() > 0, "the uploaded image is served");
            assertTrue(citizen.driver.findElement(By.cssSelector(".article-body table")).getText().contains("Số lượng " + marker),
                    "the table made in the editor is on the portal");
            citizen.screenshot("newsroom-published");
            List<String> mostRead = mostRead(citizen);
            assertFalse(mostRead.isEmpty(), "the article page shows the most read");
            assertEquals(mostRead.size(), new java.util.HashSet<>(mostRead).size(), "each article once: " + mostRead);

            citizen.driver.get(config.portalUrl() + "/thai-binh/tin-tuc/" + slug);
            assertTrue(citizen.text().contains("Không tìm thấy"), "not on Thái Bình's portal");
        }

        try (Chromium other = Chromium.open()) {
            other.signIn(admin + "/", "tb-editor", RunningStack.PASSWORD);
            other.driver.get(admin + "/content/edit.xhtml?id=" + id);
            assertTrue(other.text().contains("Không tìm thấy"), other.text());
            assertTrue(!other.text().contains(title));
        }
    }

    /** A table made with the toolbar's button, its first two cells typed in. */
    private static void table(Chromium editor, String first, String second) {
        editor.driver.findElement(By.cssSelector("button.pp-table[data-table=insert]")).click();
        List<WebElement> cells = editor.waitFor(By.cssSelector("#article\\:body .ql-editor table")).findElements(By.tagName("td"));
        assertEquals(9, cells.size(), "a 3 × 3 table");
        cells.get(0).click();
        new Actions(editor.driver).sendKeys(first).perform();
        cells.get(1).click();
        new Actions(editor.driver).sendKeys(second).perform();
    }

    /** The addresses mailed about {@code subject}, once {@code expected} all have theirs (10 s at most), and 1 s more. */
    private static java.util.Set<String> mailedAbout(String subject, java.util.Set<String> expected) {
        long until = System.currentTimeMillis() + 10_000;
        while (!addressesOf(subject).containsAll(expected) && System.currentTimeMillis() < until) {
            MAIL.waitForIncomingEmail(500, 1);
        }
        MAIL.waitForIncomingEmail(1_000, MAIL.getReceivedMessages().length + 1);
        java.util.Set<String> to = addressesOf(subject);
        assertTrue(to.containsAll(expected), "mailed " + to + ", expected at least " + expected);
        return to;
    }

    private static java.util.Set<String> addressesOf(String subject) {
        java.util.Set<String> to = new java.util.HashSet<>();
        for (MimeMessage mail : mails(subject)) {
            try {
                for (jakarta.mail.Address address : mail.getAllRecipients()) {
                    to.add(address.toString());
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return to;
    }

    private static List<MimeMessage> mails(String subject) {
        return java.util.Arrays.stream(MAIL.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().contains(subject);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static Path photo(String marker) throws IOException {
        BufferedImage image = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(Math.abs(marker.hashCode()) % 0xFFFFFF));
        g.fillRect(0, 0, 1200, 800);
        g.setColor(Color.WHITE);
        g.drawString("ProvPortal " + marker, 40, 60);
        g.dispose();
        Path file = Files.createTempFile("ra-quan-", ".jpg");
        ImageIO.write(image, "jpg", file.toFile());
        return file;
    }

    /** The titles in the portal page's "Tin đọc nhiều" box. */
    private static List<String> mostRead(Chromium chromium) {
        return chromium.driver.findElements(By.cssSelector("section.widget-side")).stream()
                .filter(box -> box.findElements(By.tagName("h2")).stream().anyMatch(h -> h.getText().equalsIgnoreCase("Tin đọc nhiều")))
                .flatMap(box -> box.findElements(By.cssSelector("li a")).stream()).map(WebElement::getText).toList();
    }
}
