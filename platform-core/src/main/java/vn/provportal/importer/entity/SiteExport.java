package vn.provportal.importer.entity;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a province's old site gave (a WordPress export or an RSS/Atom feed), read as data: the posts the portal can take,
 * the items left out and why, the categories it names, what it says of its images, and how many comments it carried
 * (comments are not imported: their writers agreed to the old site's terms, not the portal's).
 */
public record SiteExport(Kind kind, List<Post> posts, List<Skipped> skipped, Map<String, String> categories,
        Map<String, ImageNote> images, int comments) {

    /** An unmodifiable copy that keeps the order: a post's first category is where it is filed ({@code Map.copyOf} has none). */
    public static <K, V> Map<K, V> ordered(Map<K, V> map) {
        return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(map));
    }

    public enum Kind {
        WXR, FEED
    }

    /** A published post: where it was, what it said, when, by whom, filed where. */
    public record Post(long id, String guid, List<String> oldPaths, String slug, String title, String lead, String bodyHtml,
            String author, Instant published, Map<String, String> categories, List<String> tags) {
    }

    /** An item left out, and why ({@code import.skip.<reason>}). */
    public record Skipped(long id, String title, String reason) {
    }

    /** What the old site said of one of its images (by its address): its caption and alternative text. */
    public record ImageNote(String caption, String alt) {
    }
}
