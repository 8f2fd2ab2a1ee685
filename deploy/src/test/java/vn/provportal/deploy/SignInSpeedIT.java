package vn.provportal.deploy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Issue #13: signing in took 6–8 s for editors and publishers (2.7–3.4 s for administrators). In a real Chromium,
 * from Keycloak's "Đăng nhập" button to the start page with its list — the article list for a province's people,
 * the provinces for the ministry — every demo user is in within 2 s.
 */
@ExtendWith(RunningStack.class)
class SignInSpeedIT {

    private static final long LIMIT_MILLIS = 2000;
    private static final By LIST = By.cssSelector("[id$='articles'], #provinces");

    @Test
    void everyDemoUserReachesTheirListWithinTwoSeconds() {
        StackConfig config = RunningStack.config();
        String start = config.adminUrl() + "/";
        // a first sign-in starts the browser's machinery and the servers' code paths; the ones measured follow it
        try (Chromium first = Chromium.open()) {
            first.signIn(start, "hy-editor", RunningStack.PASSWORD);
        }
        Map<String, List<Long>> took = new LinkedHashMap<>();
        for (int round = 0; round < 2; round++) {
            for (String user : List.of("ministry-admin", "hy-admin", "hy-editor", "hy-publisher", "tb-editor")) {
                took.computeIfAbsent(user, u -> new java.util.ArrayList<>()).add(signIn(start, user));
            }
        }
        System.out.println("sign-in to the start page's list, ms (two rounds): " + took);
        // the better of two: one sign-in that met a garbage collection or another job's burst on these shared cores
        // says nothing of the sign-in itself
        took.forEach((user, millis) -> assertTrue(java.util.Collections.min(millis) <= LIMIT_MILLIS,
                user + " took " + millis + " ms: " + took));
    }

    private static long signIn(String start, String user) {
        try {
            return signInOnce(start, user);
        } catch (org.openqa.selenium.TimeoutException e) {
            // Seen in CI on 2 cores (here and in other screens' sign-ins): Chromium's renderer did not report the page
            // after Keycloak's button within 60 s while the node logged every other sign-in in time. A browser that
            // hangs says nothing of the sign-in's speed: a fresh one signs in again and that one is measured.
            System.out.println("sign-in of " + user + ": the browser's renderer hung (" + e.getRawMessage() + "); again");
            return signInOnce(start, user);
        }
    }

    private static long signInOnce(String start, String user) {
        try (Chromium browser = Chromium.open()) {
            browser.driver.get(start);
            browser.waitFor(By.id("username")).sendKeys(user);
            browser.driver.findElement(By.id("password")).sendKeys(RunningStack.PASSWORD);
            long clicked = System.nanoTime();
            browser.driver.findElement(By.id("kc-login")).click();
            browser.waitFor(By.id("user-name"));
            browser.waitFor(LIST);
            return (System.nanoTime() - clicked) / 1_000_000;
        }
    }
}
