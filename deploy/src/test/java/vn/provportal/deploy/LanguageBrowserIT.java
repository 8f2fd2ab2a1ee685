package vn.provportal.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The back office in each person's language (#13): Vietnamese first; "English" in the header switches the screens,
 * their field names and what they say when something is done or refused — one language at a time, never both run
 * together — and the choice, kept in Keycloak with the person, is there again at their next sign-in.
 */
@ExtendWith(RunningStack.class)
class LanguageBrowserIT {

    private static final By LANGUAGE = By.id("session:language");

    private static String lang(Chromium browser) {
        return browser.driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    @Test
    void anEditorWorksInEnglishAndFindsItAgainAtTheNextSignIn() {
        StackConfig config = RunningStack.config();
        String week = config.adminUrl() + "/schedule/week.xhtml?tuan=2026-W49";
        String marker = UUID.randomUUID().toString().substring(0, 6);
        // a person of this test's own: the language chosen stays with them in Keycloak, never with a demo user
        People.Person person = People.editor("ngon-ngu");
        try (Chromium editor = Chromium.open()) {
            editor.signIn(week, person.username(), person.password());
            assertEquals("vi", lang(editor), "Vietnamese first");
            assertEquals("English", editor.driver.findElement(LANGUAGE).getAttribute("value"));
            assertEquals("en", editor.driver.findElement(LANGUAGE).getAttribute("lang"), "the choice is named in its own language");
            assertTrue(editor.text().contains("Lịch công tác"), editor.text());

            editor.driver.findElement(LANGUAGE).click();
            editor.waitForText(By.tagName("body"), "Sign out");
            assertEquals("en", lang(editor));
            assertEquals("Tiếng Việt", editor.driver.findElement(LANGUAGE).getAttribute("value"));
            assertTrue(editor.text().contains("Work schedule"), editor.text());
            assertFalse(editor.text().contains("Đăng xuất"), "one language at a time");

            editor.typeDate(By.id("entry:day_input"), "02/12/2026");
            editor.driver.findElement(By.id("entry:time")).sendKeys("25:00");
            editor.driver.findElement(By.id("entry:leader")).sendKeys("Đại tá Trần Văn B " + marker);
            editor.driver.findElement(By.id("entry:content")).sendKeys("Giao ban công tác tuần " + marker);
            editor.driver.findElement(By.id("entry:save")).click();
            editor.waitForText(By.id("messages"), "Start time must be HH:mm");
            assertFalse(editor.driver.findElement(By.id("messages")).getText().contains("Giờ bắt đầu"),
                    editor.driver.findElement(By.id("messages")).getText());

            WebElement time = editor.driver.findElement(By.id("entry:time"));
            time.clear();
            time.sendKeys("14:00");
            editor.driver.findElement(By.id("entry:save")).click();
            editor.waitForText(By.id("messages"), "Schedule saved for 02/12/2026");
            assertEquals("", editor.seriousViolations(), "the schedule screen in English");

            editor.signOut();
            editor.signIn(week, person.username(), person.password());
            assertEquals("en", lang(editor), "the language chosen came back with the sign-in (Keycloak's locale)");
            editor.driver.findElements(By.cssSelector("#list\\:entries tbody tr")).stream()
                    .filter(r -> r.getText().contains(marker)).findFirst().orElseThrow()
                    .findElement(By.cssSelector("button.delete")).click();
            editor.driver.switchTo().alert().accept();
            editor.waitForText(By.id("messages"), "Schedule entry deleted");

            editor.driver.findElement(LANGUAGE).click();
            editor.waitForText(By.tagName("body"), "Đăng xuất");
            assertEquals("vi", lang(editor));
            assertTrue(editor.text().contains("Lịch công tác"), editor.text());
        }
    }
}
