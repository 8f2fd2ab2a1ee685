package vn.provportal.portal.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** A province's home page as a citizen sees it, with the header every page shares. */
final class HomePage {

    private final WebDriver browser;

    HomePage(WebDriver browser) {
        this.browser = browser;
    }

    static HomePage open(WebDriver browser, String url) {
        browser.get(url);
        return new HomePage(browser);
    }

    String provinceName() {
        return browser.findElement(By.cssSelector(".brand-name")).getText();
    }

    SearchResultsPage search(String words) {
        WebElement box = browser.findElement(By.id("q"));
        box.clear();
        box.sendKeys(words);
        box.submit();
        return new SearchResultsPage(browser);
    }

    void largerText() {
        browser.findElement(By.cssSelector(".font-larger")).click();
    }

    /** The root font size the page is drawn with, in CSS pixels. */
    double rootFontSize() {
        Object size = ((JavascriptExecutor) browser).executeScript(
                "return parseFloat(getComputedStyle(document.documentElement).fontSize);");
        return ((Number) size).doubleValue();
    }
}
