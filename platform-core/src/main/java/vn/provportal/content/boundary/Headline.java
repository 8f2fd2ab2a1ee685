package vn.provportal.content.boundary;

import java.time.Instant;
import vn.provportal.content.entity.Slug;

/**
 * An article as a list of links shows it — title, address, time — read without its body (a list of full articles
 * decodes every body it will not show). Getters, not record accessors: Jakarta EL 5 does not resolve records.
 */
public final class Headline {

    private final Long id;
    private final String title;
    private final String slug;
    private final Instant publishedAt;

    public Headline(Long id, String title, String slug, Instant publishedAt) {
        this.id = id;
        this.title = title;
        this.slug = slug;
        this.publishedAt = publishedAt;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public Slug getSlug() {
        return new Slug(slug);
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
