package vn.provportal.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * The ministry's day in a real browser, on a stack of its own (the merge changes the demo provinces for
 * good): ministry-admin provisions Ninh Bình and its portal answers at its hostname; then merges Thái Bình
 * into Hưng Yên, and an old Thái Bình article address — on the old prefix and on the old hostname — leads
 * to its new home on Hưng Yên's portal, labelled as history.
 */
@ExtendWith(RunningStack.class)
class MergeDemoBrowserIT {

    private static final String TB_SLUG = "cong-an-tinh-thai-binh-dam-bao-trat-tu-an-toan-giao-thong-dip-cuoi-nam";

    @Test
    void ministryProvisionsAProvinceThenMergesThaiBinhIntoHungYen() {
        StackConfig config = RunningStack.config();
        try (Chromium ministry = Chromium.open()) {
            ministry.signIn(config.adminUrl() + "/console/provision.xhtml", "ministry-admin", RunningStack.PASSWORD);
            ministry.waitFor(By.id("wizard:code")).sendKeys("ninh-binh");
            ministry.driver.findElement(By.id("wizard:name-vi")).sendKeys("Công an tỉnh Ninh Bình");
            ministry.driver.findElement(By.id("wizard:name-en")).sendKeys("Ninh Binh Provincial Police");
            ministry.driver.findElement(By.id("wizard:hostnames")).sendKeys("ninh-binh.localhost");
            new Select(ministry.driver.findElement(By.id("wizard:theme"))).selectByValue("blue");
            ministry.driver.findElement(By.id("wizard:admin-username")).sendKeys("nb-admin");
            ministry.driver.findElement(By.id("wizard:admin-email")).sendKeys("nb-admin@ninhbinh.example.vn");
            ministry.driver.findElement(By.id("wizard:provision")).click();
            ministry.waitFor(By.id("temporary-password"));
            ministry.screenshot("console-provisioned");

            ministry.driver.get("http://ninh-binh.localhost:" + config.httpPort() + "/");
            assertTrue(ministry.text().contains("Công an tỉnh Ninh Bình"), "the new portal answers at its hostname");

            ministry.driver.get(config.adminUrl() + "/console/merge.xhtml");
            new Select(ministry.waitFor(By.id("merge:source"))).selectByValue("thai-binh");
            new Select(ministry.driver.findElement(By.id("merge:target"))).selectByValue("hung-yen");
            ministry.driver.findElement(By.id("merge:dry-run")).click();
            ministry.waitFor(By.id("merge:do-merge"));
            assertEquals("1", ministry.driver.findElement(By.cssSelector(".plan-articles")).getText());
            ministry.screenshot("console-merge-plan");
            ((JavascriptExecutor) ministry.driver).executeScript("window.confirm = function () { return true; };");
            ministry.driver.findElement(By.id("merge:do-merge")).click();
            ministry.waitForText(By.id("messages"), "Đã sáp nhập");
        }
        try (Chromium citizen = Chromium.open()) {
            citizen.driver.get(config.portalUrl() + "/thai-binh/tin-tuc/" + TB_SLUG);
            assertEquals(config.portalUrl() + "/hung-yen/tin-tuc/" + TB_SLUG, citizen.driver.getCurrentUrl());
            assertTrue(citizen.driver.findElement(By.cssSelector(".history-label")).getText()
                    .contains("Trước sắp xếp: Công an tỉnh Thái Bình"));
            citizen.screenshot("merged-article");

            citizen.driver.get("http://thai-binh.localhost:" + config.httpPort() + "/tin-tuc/" + TB_SLUG);
            assertEquals("http://hung-yen.localhost:" + config.httpPort() + "/tin-tuc/" + TB_SLUG, citizen.driver.getCurrentUrl());
            citizen.driver.get(config.portalUrl() + "/hung-yen/thong-ke");
            assertTrue(citizen.driver.findElement(By.cssSelector("h3.history-label")).getText()
                    .contains("Trước sắp xếp: Công an tỉnh Thái Bình"), "Thái Bình's statistics are Hưng Yên's history now");
            assertTrue(citizen.driver.findElements(By.cssSelector("table.merged-history tbody tr")).size() >= 6);

            citizen.driver.get(config.portalUrl() + "/thai-binh/");
            assertEquals(config.portalUrl() + "/hung-yen/", citizen.driver.getCurrentUrl(), "the old home leads to the new one");
        }
    }
}
