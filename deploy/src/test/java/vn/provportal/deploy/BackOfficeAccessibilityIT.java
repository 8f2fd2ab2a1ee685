package vn.provportal.deploy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Newsroom issue #13 item 7: every back-office screen, as the people who use it all day open it, in the real
 * Chromium — no serious or critical WCAG 2.1 A/AA violation (axe-core) at 1366 px nor at 375 px (a phone), and
 * at 375 px nothing wider than the screen.
 */
@ExtendWith(RunningStack.class)
class BackOfficeAccessibilityIT {

    private static final List<String> PROVINCE_SCREENS = List.of("/", "/content/edit.xhtml", "/media/library.xhtml",
            "/comment/queue.xhtml", "/site/categories.xhtml", "/site/menu.xhtml", "/site/banners.xhtml",
            "/stats/entry.xhtml", "/stats/import.xhtml", "/stats/keys.xhtml", "/people/index.xhtml", "/schedule/week.xhtml");
    private static final List<String> CONSOLE_SCREENS = List.of("/", "/console/fleet.xhtml", "/console/provision.xhtml",
            "/console/broadcast.xhtml", "/console/merge.xhtml", "/console/audit.xhtml", "/console/province.xhtml?code=hung-yen");
    private static final int PHONE = 375;

    @Test
    void aProvincialAdminsScreensAreAccessibleAndFitAPhone() {
        assertAccessible("hy-admin", PROVINCE_SCREENS);
    }

    @Test
    void theMinistrysScreensAreAccessibleAndFitAPhone() {
        assertAccessible("ministry-admin", CONSOLE_SCREENS);
    }

    private static void assertAccessible(String user, List<String> screens) {
        String admin = RunningStack.config().adminUrl();
        List<String> problems = new ArrayList<>();
        Chromium chromium = Chromium.open().signIn(admin + "/", user, RunningStack.PASSWORD);
        try {
            for (String screen : screens) {
                try {
                    check(chromium, admin, screen, problems);
                } catch (org.openqa.selenium.TimeoutException e) {
                    // Headless Chromium's renderer now and then stops answering right after a window resize ("Timed
                    // out receiving message from renderer", seen on two different screens in 2 of ~12 runs): the
                    // screen is checked again in a new browser; a second timeout fails the test.
                    System.out.println("renderer timeout on " + screen + ", checked again in a new browser: " + e.getRawMessage());
                    chromium.close();
                    chromium = Chromium.open().signIn(admin + "/", user, RunningStack.PASSWORD);
                    check(chromium, admin, screen, problems);
                }
            }
        } finally {
            chromium.close();
        }
        assertTrue(problems.isEmpty(), user + ":\n" + String.join("\n", problems));
    }

    private static void check(Chromium chromium, String admin, String screen, List<String> problems) {
        chromium.driver.manage().window().setSize(new Dimension(1366, 1100));
        chromium.driver.get(admin + screen);
        chromium.waitFor(By.id("user-name"));
        String violations = chromium.seriousViolations();
        if (!violations.isEmpty()) {
            problems.add(screen + " — " + violations);
        }
        chromium.driver.manage().window().setSize(new Dimension(PHONE, 800));
        long width = chromium.pageWidth();
        if (width > PHONE) {
            problems.add(screen + " — " + width + " px wide at " + PHONE + " px: " + widest(chromium));
        }
        String onAPhone = chromium.seriousViolations();
        if (!onAPhone.isEmpty()) {
            problems.add(screen + " at " + PHONE + " px — " + onAPhone);
        }
    }

    /** The elements that stick out on the right, for the failure message. */
    private static String widest(Chromium chromium) {
        return String.valueOf(((JavascriptExecutor) chromium.driver).executeScript(
                "return Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > "
                        + "document.documentElement.clientWidth + 1).filter(e => !e.parentElement || e.parentElement"
                        + ".getBoundingClientRect().right <= document.documentElement.clientWidth + 1).slice(0, 6)"
                        + ".map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.split"
                        + " ? '.' + e.className.split(' ')[0] : '') + ' ' + Math.round(e.getBoundingClientRect().width)"
                        + " + 'px').join(', ');"));
    }
}
