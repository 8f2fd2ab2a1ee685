package vn.provportal.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The database's disk fills while an editor writes an article (#15 item 3): the photo they upload is refused with words
 * they can act on, nothing of it is stored, the article and what they typed stay as they were; once there is space
 * the same photo goes in. The full disk is MariaDB's own answer to a full InnoDB tablespace (error 1114, "The table
 * … is full"), raised here by a trigger for Hưng Yên's images — the one part that cannot be done for real on a shared
 * machine is filling its disk.
 */
@ExtendWith(RunningStack.class)
class StorageFullBrowserIT {

    @Test
    void aPhotoUploadedOnAFullDiskIsRefusedAndNothingTypedIsLost() throws IOException {
        String admin = RunningStack.config().adminUrl();
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Path photo = TestImages.png("hien-truong-" + marker + ".png", 800, 450, marker);
        long imagesBefore = StackDb.number("SELECT COUNT(*) FROM media_file WHERE tenant_id = 'hung-yen'");
        String title = "Khám nghiệm hiện trường vụ cháy " + marker;

        StackDb.exec("CREATE TRIGGER disk_full_" + marker + " BEFORE INSERT ON media_file FOR EACH ROW BEGIN "
                + "IF NEW.tenant_id = 'hung-yen' THEN SIGNAL SQLSTATE 'HY000' SET MYSQL_ERRNO = 1114, "
                + "MESSAGE_TEXT = 'The table ''media_file'' is full'; END IF; END");
        try (Chromium editor = Chromium.open()) {
            try {
                editor.signIn(admin + "/content/edit.xhtml", "hy-editor", RunningStack.PASSWORD);
                editor.waitFor(By.id("article:title")).sendKeys(title);
                editor.driver.findElement(By.cssSelector("#article\\:upload input[type=file]")).sendKeys(photo.toString());
                editor.waitForText(By.id("messages"), "bộ nhớ lưu trữ của hệ thống đã đầy");
                assertTrue(editor.text().contains("Chưa lưu được ảnh hien-truong-" + marker + ".png"), editor.text());
                assertEquals(title, editor.driver.findElement(By.id("article:title")).getAttribute("value"), "the title kept");
                assertTrue(editor.driver.findElements(By.cssSelector("input.caption-input")).isEmpty(), "no image placed");
                assertEquals(imagesBefore, StackDb.number("SELECT COUNT(*) FROM media_file WHERE tenant_id = 'hung-yen'"));
                assertEquals(0, StackDb.number("SELECT COUNT(*) FROM media_derivative d WHERE tenant_id = 'hung-yen' AND NOT "
                        + "EXISTS (SELECT 1 FROM media_file f WHERE f.tenant_id = d.tenant_id AND f.sha256 = d.sha256)"),
                        "no scaled copy without its image");
            } finally {
                StackDb.exec("DROP TRIGGER disk_full_" + marker);
            }

            // space freed: the same photo, the same form, no reload
            editor.driver.findElement(By.cssSelector("#article\\:upload input[type=file]")).sendKeys(photo.toString());
            editor.waitFor(By.cssSelector("input.caption-input"));
            assertEquals(imagesBefore + 1, StackDb.number("SELECT COUNT(*) FROM media_file WHERE tenant_id = 'hung-yen'"));
            assertEquals(title, editor.driver.findElement(By.id("article:title")).getAttribute("value"));
        }
    }
}
