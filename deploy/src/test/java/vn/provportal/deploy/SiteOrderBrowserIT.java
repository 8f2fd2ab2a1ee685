package vn.provportal.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Hưng Yên's administrator puts the portal's menu in order (#13): with the keyboard (a row's "Chuyển xuống", the
 * focus staying on it) and by dragging a row; the portal's menu follows at once. The screen passes axe at 1366 and
 * 375 px without scrolling sideways.
 */
@ExtendWith(RunningStack.class)
class SiteOrderBrowserIT {

    @Test
    void anAdministratorOrdersTheMenuByKeyboardAndByDraggingAndThePortalFollows() {
        StackConfig config = RunningStack.config();
        String marker = UUID.randomUUID().toString().substring(0, 6);
        List<String> labels = List.of("Một " + marker, "Hai " + marker, "Ba " + marker);
        try (Chromium admin = Chromium.open()) {
            admin.signIn(config.adminUrl() + "/site/menu.xhtml", "hy-admin", RunningStack.PASSWORD);
            for (int i = 0; i < labels.size(); i++) {
                admin.waitFor(By.id("item:label")).sendKeys(labels.get(i));
                admin.driver.findElement(By.id("item:url")).sendKeys("/trang/" + marker + "-" + i);
                admin.driver.findElement(By.id("item:position")).clear();
                admin.driver.findElement(By.id("item:position")).sendKeys(String.valueOf(900 + i));
                admin.driver.findElement(By.id("item:save")).click();
                admin.waitForText(By.id("messages"), "Đã lưu mục menu " + labels.get(i));
            }
            assertEquals(labels, mine(admin, marker));

            WebElement down = row(admin, labels.get(0)).findElement(By.cssSelector("button.order-down"));
            String focusKey = down.getAttribute("data-focus");
            down.sendKeys(Keys.ENTER);
            wait(admin).until(d -> mine(admin, marker).equals(List.of(labels.get(1), labels.get(0), labels.get(2))));
            wait(admin).until(d -> focusKey.equals(((JavascriptExecutor) d).executeScript(
                    "return document.activeElement && document.activeElement.getAttribute('data-focus');")));
            assertTrue(admin.driver.findElement(By.id("messages")).getText().contains("Đã chuyển mục menu xuống"));

            drag(admin, row(admin, labels.get(2)), row(admin, labels.get(1)));
            admin.waitForText(By.id("messages"), "Đã sắp xếp lại menu");
            wait(admin).until(d -> mine(admin, marker).size() == 3);
            assertEquals(List.of(labels.get(2), labels.get(1), labels.get(0)), mine(admin, marker), "the dragged row landed");

            assertEquals("", admin.seriousViolations(), "the menu screen after ordering");
            admin.driver.manage().window().setSize(new Dimension(375, 800));
            assertTrue(admin.pageWidth() <= 390, "the menu screen is " + admin.pageWidth() + " px wide on a phone");
            admin.driver.manage().window().setSize(new Dimension(1366, 1100));

            admin.driver.get(config.portalUrl() + "/hung-yen/");
            List<String> onPortal = admin.driver.findElements(By.cssSelector("nav.main-menu .menu-level-1 > li > a")).stream()
                    .map(WebElement::getText).filter(t -> t.endsWith(marker)).toList();
            assertEquals(List.of(labels.get(2), labels.get(1), labels.get(0)), onPortal, "the portal's menu in the new order");

            admin.driver.get(config.adminUrl() + "/site/menu.xhtml");
            for (String label : labels) {
                row(admin, label).findElement(By.cssSelector("button.delete")).click();
                admin.driver.switchTo().alert().accept();
                admin.waitForText(By.id("messages"), "Đã xoá mục menu");
            }
        }
    }

    /** Drags a row by the mouse, in small steps as a hand does, to just above another row. */
    private static void drag(Chromium admin, WebElement moving, WebElement target) {
        WebElement handle = moving.findElement(By.cssSelector("td.menu-label"));
        int rise = handle.getLocation().getY() - target.getLocation().getY() + 4;
        Actions hand = new Actions(admin.driver).clickAndHold(handle);
        for (int moved = 0; moved < rise; moved += 5) {
            hand.moveByOffset(0, -5).pause(Duration.ofMillis(20));
        }
        hand.pause(Duration.ofMillis(300)).release().perform();
    }

    private static List<String> mine(Chromium admin, String marker) {
        return admin.driver.findElements(By.cssSelector("td.menu-label")).stream().map(WebElement::getText)
                .filter(t -> t.endsWith(marker)).toList();
    }

    private static WebElement row(Chromium admin, String label) {
        return admin.driver.findElements(By.cssSelector("#list\\:items tbody tr")).stream()
                .filter(r -> r.getText().contains(label)).findFirst().orElseThrow();
    }

    private static WebDriverWait wait(Chromium admin) {
        WebDriverWait wait = new WebDriverWait(admin.driver, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }
}
