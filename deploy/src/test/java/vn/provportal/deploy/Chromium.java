package vn.provportal.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One user's real browser: Debian's headless Chromium through Selenium and Debian's chromedriver, signing in
 * through Keycloak's own login page. Skipped without Chromium on the machine, except in CI, where
 * {@code .ci/run} installs it and a missing browser is a failure.
 */
final class Chromium implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** A phone's width in CSS pixels. */
    static final int PHONE = 375;

    final WebDriver driver;
    private final Path profile;

    private Chromium() throws IOException {
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-renderer-backgrounding", "--disable-backgrounding-occluded-windows",
                "--disable-background-timer-throttling", "--lang=vi", "--window-size=1366,1100", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    static Chromium open() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI must install Debian's chromium and chromium-driver (.ci/run)");
        }
        Assumptions.assumeTrue(installed, "Debian's chromium and chromium-driver are not installed");
        try {
            return new Chromium();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens a protected page, signs in on Keycloak's login page and opens the page again (the workspace lands
     * on its home page after signing in).
     */
    Chromium signIn(String url, String username, String password) {
        driver.get(url);
        waitFor(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        long clicked = System.nanoTime();
        try {
            driver.findElement(By.id("kc-login")).click();
        } catch (org.openqa.selenium.TimeoutException e) {
            // Seen once in CI on 2 cores: the renderer did not report the page within the 60 s page-load limit. The
            // sign-in itself carries on in the browser; the page is looked for below, and opened afresh if missing.
            System.out.printf("sign-in of %s: no page from the renderer %d ms after Keycloak's button (%s)%n",
                    username, (System.nanoTime() - clicked) / 1_000_000, e.getRawMessage());
        }
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.id("user-name")));
        } catch (org.openqa.selenium.TimeoutException | org.openqa.selenium.NoSuchElementException e) {
            driver.get(url);
            if (!driver.findElements(By.id("username")).isEmpty()) {
                waitFor(By.id("username")).sendKeys(username);
                driver.findElement(By.id("password")).sendKeys(password);
                driver.findElement(By.id("kc-login")).click();
            }
            waitFor(By.id("user-name"));
        }
        System.out.printf("sign-in of %s: %d ms from Keycloak's button to the signed-in page%n", username,
                (System.nanoTime() - clicked) / 1_000_000);
        driver.get(url);
        return this;
    }

    /**
     * Signs out with the header's button and waits for the page Keycloak sends people back to, so the next sign-in
     * starts after the single sign-on session has ended rather than racing its redirects.
     */
    void signOut() {
        driver.findElement(By.id("session:sign-out")).click();
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/signed-out"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("not signed out: " + driver.getCurrentUrl() + ":\n" + text(), e);
        }
    }

    /**
     * Empties a PrimeFaces date picker's field and types a date into it, as a keyboard user does (the picker opens its
     * calendar from its button only, so the keys go to the field and the next ones to the next field).
     */
    void typeDate(By field, String date) {
        WebElement input = waitFor(field);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(date, Keys.TAB);
    }

    WebElement waitFor(By by) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(by));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no " + by + " on " + driver.getCurrentUrl() + ":\n" + text(), e);
        }
    }

    void waitForText(By by, String expected) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(by, expected));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("no \"" + expected + "\" in " + by + " on " + driver.getCurrentUrl() + ":\n" + text(), e);
        }
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** axe-core's serious and critical WCAG 2.1 A/AA violations of the page as it is now; empty when none. */
    String seriousViolations() {
        com.deque.html.axecore.results.Results results = new com.deque.html.axecore.selenium.AxeBuilder()
                .withTags(java.util.List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        return results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(v -> v.getId() + " (" + v.getImpact() + ", " + v.getNodes().size() + "): " + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).limit(4).collect(java.util.stream.Collectors.joining(", ")))
                .collect(java.util.stream.Collectors.joining("; "));
    }

    /**
     * The screen as it is now, on a desktop (1366 px) and on a phone (375 px): no serious or critical axe violation at
     * either width, nothing wider than the phone's screen (with the elements that stick out named); the window is
     * left at desktop width.
     */
    void assertAccessible(String what) {
        String violations = seriousViolations();
        org.junit.jupiter.api.Assertions.assertEquals("", violations, what + " at 1366 px");
        resize(PHONE);
        long width = pageWidth();
        org.junit.jupiter.api.Assertions.assertTrue(width <= PHONE, what + " is " + width + " px wide on a " + PHONE
                + " px phone: " + sticksOut());
        String onAPhone = seriousViolations();
        resize(1366);
        org.junit.jupiter.api.Assertions.assertEquals("", onAPhone, what + " at " + PHONE + " px");
    }

    /**
     * Headless Chromium's renderer now and then stops answering right after a window resize ("Timed out receiving
     * message from renderer", 2 of ~12 runs): the resize is tried once more.
     */
    private void resize(int width) {
        org.openqa.selenium.Dimension size = new org.openqa.selenium.Dimension(width, width == PHONE ? 800 : 1100);
        try {
            driver.manage().window().setSize(size);
        } catch (org.openqa.selenium.TimeoutException e) {
            System.out.println("renderer timeout on resizing " + driver.getCurrentUrl() + ", tried again: " + e.getRawMessage());
            driver.manage().window().setSize(size);
        }
    }

    /** The elements that stick out on the right, for a failure's message. */
    private String sticksOut() {
        return String.valueOf(((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > "
                        + "document.documentElement.clientWidth + 1).filter(e => !e.parentElement || e.parentElement"
                        + ".getBoundingClientRect().right <= document.documentElement.clientWidth + 1).slice(0, 6)"
                        + ".map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.split"
                        + " ? '.' + e.className.split(' ')[0] : '') + ' ' + Math.round(e.getBoundingClientRect().width)"
                        + " + 'px').join(', ');"));
    }

    /** The page's width in CSS pixels, scrolled content included (more than the window: it scrolls sideways). */
    long pageWidth() {
        return (Long) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth;");
    }

    void screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots");
            Files.createDirectories(target);
            Path file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(file, target.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The screen as a phone shows it (375 px wide), for the README; the window goes back to desktop width. */
    void phoneScreenshot(String name) {
        resize(PHONE);
        screenshot(name);
        resize(1366);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
