package vn.provportal.portal.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** "Chi tiết tin" with its comment form. */
final class ArticlePage {

    private final WebDriver browser;

    ArticlePage(WebDriver browser) {
        this.browser = browser;
    }

    String title() {
        return browser.findElement(By.cssSelector("h1.article-title")).getText();
    }

    String caption() {
        return browser.findElement(By.cssSelector("figure.article-figure figcaption")).getText();
    }

    String views() {
        return browser.findElement(By.cssSelector(".article-views")).getText();
    }

    /** Fills in and sends the comment form as a citizen does, consent box included. */
    ArticlePage comment(String name, String text) {
        browser.findElement(By.id("comment-name")).sendKeys(name);
        browser.findElement(By.id("comment-body")).sendKeys(text);
        browser.findElement(By.id("comment-consent")).click();
        browser.findElement(By.cssSelector(".comment-form button[type=submit]")).click();
        return this;
    }

    String notice() {
        return browser.findElement(By.cssSelector(".comments .notice")).getText();
    }
}
