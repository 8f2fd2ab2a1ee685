package vn.provportal.content.boundary;

import java.io.Serializable;
import java.util.List;
import vn.provportal.content.entity.ImageUse;

/** What an editor's form holds for an article: its text, category, tags, source and placed images. */
public record ArticleDraft(String title, String lead, String body, String author, Long categoryId, String tags,
        String source, List<ImageUse> images, String featuredImage) implements Serializable {

    public ArticleDraft {
        images = images == null ? List.of() : List.copyOf(images);
    }

    /** Text only, as the first draft of a new article often is. */
    public static ArticleDraft text(String title, String lead, String body, String author, Long categoryId) {
        return new ArticleDraft(title, lead, body, author, categoryId, null, null, List.of(), null);
    }
}
