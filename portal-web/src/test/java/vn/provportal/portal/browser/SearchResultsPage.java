package vn.provportal.portal.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** "Kết quả tìm kiếm". */
final class SearchResultsPage {

    private final WebDriver browser;

    SearchResultsPage(WebDriver browser) {
        this.browser = browser;
    }

    List<String> titles() {
        return browser.findElements(By.cssSelector(".search-hit .news-title a")).stream()
                .map(WebElement::getText).toList();
    }

    List<String> marked() {
        return browser.findElements(By.cssSelector(".snippet mark")).stream().map(WebElement::getText).toList();
    }

    ArticlePage open(String title) {
        browser.findElement(By.linkText(title)).click();
        return new ArticlePage(browser);
    }
}
