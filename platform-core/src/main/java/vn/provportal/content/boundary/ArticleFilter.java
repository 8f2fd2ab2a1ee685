package vn.provportal.content.boundary;

import java.time.LocalDate;
import vn.provportal.content.entity.ArticleStatus;

/**
 * What the newsroom's article list is narrowed to: any of status, category, words of the title, author,
 * a range of days (Vietnam time) the article was last changed in, who wrote it, and whether it is a draft a
 * publisher returned with a comment. Null (false) means "any". Articles in the trash are listed only by a filter
 * for the trash, and only there.
 */
public record ArticleFilter(ArticleStatus status, Long categoryId, String title, String author, LocalDate from,
        LocalDate to, String writtenBy, boolean returned, boolean trashed) {

    public ArticleFilter(ArticleStatus status, Long categoryId, String title, String author, LocalDate from, LocalDate to) {
        this(status, categoryId, title, author, from, to, null, false, false);
    }

    public static ArticleFilter none() {
        return new ArticleFilter(null, null, null, null, null, null);
    }

    /** The user's own articles, in any state. */
    public static ArticleFilter writtenBy(String user) {
        return new ArticleFilter(null, null, null, null, null, null, user, false, false);
    }

    /** The user's drafts a publisher returned for changes. */
    public static ArticleFilter returnedTo(String user) {
        return new ArticleFilter(ArticleStatus.DRAFT, null, null, null, null, null, user, true, false);
    }

    /** What waits for a publisher. */
    public static ArticleFilter inReview() {
        return new ArticleFilter(ArticleStatus.IN_REVIEW, null, null, null, null, null);
    }
}
