package vn.provportal.admin.content;

import java.io.Serializable;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.provportal.content.boundary.ArticleDraft;
import vn.provportal.content.control.ArticleHtml;
import vn.provportal.content.control.ImagePlacement;

/**
 * The editor's "Xem trước": the article as citizens would read it, made from what the form holds now — nothing is
 * saved. The body is sanitised exactly as a save would; placed images become figures, the rest follow the lead as on
 * the portal. The shareable preview link (portal) shows the saved article instead.
 */
public record ArticlePreview(String title, String lead, String author, String body, String unplaced) implements Serializable {

    static ArticlePreview of(ArticleDraft draft, Function<String, String> src) {
        String body = ArticleHtml.sanitize(draft.body());
        String unplaced = ImagePlacement.unplaced(body, draft.images()).stream()
                .map(image -> ImagePlacement.figure(image, src).outerHtml()).collect(Collectors.joining());
        return new ArticlePreview(nz(draft.title()), nz(draft.lead()), nz(draft.author()),
                ImagePlacement.body(body, draft.images(), src), unplaced);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
