package vn.provportal.content.boundary;

import java.time.LocalDate;
import vn.provportal.content.entity.ArticleStatus;

/**
 * What the newsroom's article list is narrowed to: any of status, category, words of the title, author,
 * and a range of days (Vietnam time) the article was last changed in. Null means "any".
 */
public record ArticleFilter(ArticleStatus status, Long categoryId, String title, String author, LocalDate from,
        LocalDate to) {

    public static ArticleFilter none() {
        return new ArticleFilter(null, null, null, null, null, null);
    }
}
