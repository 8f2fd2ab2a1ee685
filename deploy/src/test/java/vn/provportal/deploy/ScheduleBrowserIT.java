package vn.provportal.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Hưng Yên's editor keeps the leadership's work schedule (#17 item 4): a day or a time typed wrong is refused in
 * Vietnamese with the field named and the text kept; the engagement saved shows on Hưng Yên's portal week, not on Thái Bình's.
 */
@ExtendWith(RunningStack.class)
class ScheduleBrowserIT {

    @Test
    void anEditorAddsAnEngagementAndCitizensSeeItInTheWeek() {
        StackConfig config = RunningStack.config();
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String content = "Hội nghị triển khai cao điểm tấn công trấn áp tội phạm " + marker;
        try (Chromium editor = Chromium.open()) {
            editor.signIn(config.adminUrl() + "/schedule/week.xhtml?tuan=2026-W49", "hy-editor", RunningStack.PASSWORD);
            // the day first, as the form reads: typing in PrimeFaces' date picker opened its calendar on focus, and the
            // open calendar swallowed every key typed in the next fields (it now opens only from its button)
            editor.typeDate(By.id("entry:day_input"), "32/13/2026");
            editor.driver.findElement(By.id("entry:time")).sendKeys("25:00");
            editor.driver.findElement(By.id("entry:leader")).sendKeys("Đại tá Nguyễn Văn A, Giám đốc Công an tỉnh");
            editor.driver.findElement(By.id("entry:content")).sendKeys(content);
            editor.driver.findElement(By.id("entry:place")).sendKeys("Hội trường Công an tỉnh");
            editor.driver.findElement(By.id("entry:save")).click();
            editor.waitForText(By.id("messages"), "Ngày *: \"32/13/2026\" không phải là một ngày — nhập theo dạng dd/MM/yyyy");
            assertEquals(content, editor.driver.findElement(By.id("entry:content")).getAttribute("value"), "the text is kept");

            editor.typeDate(By.id("entry:day_input"), "02/12/2026");
            editor.driver.findElement(By.id("entry:save")).click();
            editor.waitForText(By.id("messages"), "Giờ bắt đầu phải có dạng HH:mm");
            assertEquals(content, editor.driver.findElement(By.id("entry:content")).getAttribute("value"), "the text is kept");

            WebElement time = editor.driver.findElement(By.id("entry:time"));
            time.clear();
            time.sendKeys("8h30");
            editor.driver.findElement(By.id("entry:save")).click();
            editor.waitForText(By.id("messages"), "Đã lưu lịch công tác ngày 02/12/2026");
            assertTrue(editor.driver.findElement(By.id("list:entries")).getText().contains("08:30"));
            assertEquals("", editor.seriousViolations(), "the schedule screen");

            editor.driver.get(config.portalUrl() + "/hung-yen/lich-cong-tac?tuan=2026-W49");
            WebElement wednesday = editor.driver.findElements(By.cssSelector("table.schedule tbody")).get(2);
            assertTrue(wednesday.getText().contains("08:30"), wednesday.getText());
            assertTrue(wednesday.getText().contains(content), wednesday.getText());
            assertEquals("", editor.seriousViolations(), "the portal's schedule page");

            editor.driver.get(config.portalUrl() + "/thai-binh/lich-cong-tac?tuan=2026-W49");
            assertTrue(!editor.text().contains(marker), "not on Thái Bình's portal");

            editor.driver.get(config.adminUrl() + "/schedule/week.xhtml?tuan=2026-W49");
            editor.driver.findElements(By.cssSelector("#list\\:entries tbody tr")).stream()
                    .filter(r -> r.getText().contains(marker)).findFirst().orElseThrow()
                    .findElement(By.cssSelector("button.delete")).click();
            editor.driver.switchTo().alert().accept();
            editor.waitForText(By.id("messages"), "Đã xoá mục lịch công tác");
        }
    }
}
