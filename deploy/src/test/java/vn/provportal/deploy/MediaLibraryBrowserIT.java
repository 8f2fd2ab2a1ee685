package vn.provportal.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * The media library as an editor uses it (#13): upload, find the image again by its name, open its page (size,
 * scaled copies, where used), give it a caption and alt text that an article placing it starts from, delete it when
 * nothing uses it. Another province's editor gets 404 for its page.
 */
@ExtendWith(RunningStack.class)
class MediaLibraryBrowserIT {

    @Test
    void anEditorFindsAnImageSeesWhereItIsUsedAndDeletesItWhenUnused() throws IOException {
        String admin = RunningStack.config().adminUrl();
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Path file = TestImages.png("hoi-nghi-" + marker + ".png", 900, 500, marker);

        String page;
        try (Chromium editor = Chromium.open()) {
            editor.signIn(admin + "/media/library.xhtml", "hy-editor", RunningStack.PASSWORD);
            editor.driver.findElement(By.cssSelector("#library\\:files input[type=file]")).sendKeys(file.toString());
            editor.waitForText(By.id("messages"), "Đã lưu hoi-nghi-" + marker);

            editor.driver.get(admin + "/media/library.xhtml?tim=" + marker);
            assertEquals(1, editor.driver.findElements(By.cssSelector(".library-item")).size(), "found by its name");
            editor.driver.findElement(By.cssSelector("a.image-details-link")).click();
            assertEquals("900 × 500", editor.waitFor(By.id("image-size")).getText());
            assertTrue(editor.text().contains("Chưa dùng ở đâu"), editor.text());
            page = editor.driver.getCurrentUrl();
            String violations = editor.seriousViolations();
            assertTrue(violations.isEmpty(), "the image page: " + violations);
            editor.driver.manage().window().setSize(new Dimension(375, 800));
            assertTrue(editor.pageWidth() <= 390, "the image page is " + editor.pageWidth() + " px wide on a phone");
            editor.driver.manage().window().setSize(new Dimension(1366, 1100));

            editor.driver.findElement(By.id("image:caption")).sendKeys("Hội nghị tổng kết công tác năm " + marker);
            editor.driver.findElement(By.id("image:alt")).sendKeys("Đại biểu dự hội nghị tại hội trường");
            editor.driver.findElement(By.id("image:describe")).click();
            editor.waitForText(By.id("messages"), "Đã lưu chú thích và mô tả của ảnh");
            editor.driver.get(admin + "/content/edit.xhtml");
            editor.waitFor(By.id("article:title"));
            editor.driver.findElement(By.cssSelector("#article\\:upload input[type=file]")).sendKeys(file.toString());
            assertEquals("Hội nghị tổng kết công tác năm " + marker,
                    editor.waitFor(By.cssSelector("input.caption-input")).getAttribute("value"),
                    "placed in an article, the image brings its own caption");
            assertEquals("Đại biểu dự hội nghị tại hội trường",
                    editor.driver.findElement(By.cssSelector("input.alt-input")).getAttribute("value"));

            editor.driver.get(admin + "/media/library.xhtml?dung=khong&tim=" + marker);
            assertEquals(1, editor.driver.findElements(By.cssSelector(".library-item")).size(), "among the unused ones");
            editor.driver.get(admin + "/media/library.xhtml?dung=co&tim=" + marker);
            editor.waitFor(By.id("no-images"));

            try (Chromium other = Chromium.open()) {
                other.signIn(admin + "/", "tb-editor", RunningStack.PASSWORD);
                other.driver.get(page);
                assertTrue(other.text().contains("Không tìm thấy"), "another province's image page: " + other.text());
            }

            editor.driver.get(page);
            editor.waitFor(By.id("image:delete")).click();
            editor.driver.switchTo().alert().accept();
            editor.waitForText(By.id("messages"), "Đã xoá ảnh hoi-nghi-" + marker);
            editor.driver.get(admin + "/media/library.xhtml?tim=" + marker);
            editor.waitFor(By.id("no-images"));
        }
    }
}
