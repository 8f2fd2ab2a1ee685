package vn.provportal.demo.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A demo article as stored under {@code demo/}: header lines {@code key: value}, then the lead and the body
 * paragraphs, separated by lines of {@code ===}.
 */
record DemoArticleFile(String title, String author, Instant published, String categorySlug,
        String categoryName, String image, String caption, String lead, List<String> paragraphs) {

    static DemoArticleFile load(String resource) {
        return parse(new String(resource(resource), StandardCharsets.UTF_8));
    }

    /** A file of the demo's resources ({@code /demo/…}). */
    static byte[] resource(String name) {
        try (InputStream in = DemoArticleFile.class.getResourceAsStream("/demo/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing demo resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DemoArticleFile parse(String text) {
        String[] parts = text.split("\\R===\\R", 3);
        Map<String, String> header = new HashMap<>();
        parts[0].lines().forEach(line -> {
            int colon = line.indexOf(':');
            header.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
        });
        String[] category = header.get("category").split("\\|", 2);
        String[] image = header.get("image").split("\\|", 2);
        List<String> paragraphs = new ArrayList<>(Arrays.asList(parts[2].strip().split("\\R+")));
        return new DemoArticleFile(header.get("title"), header.get("author"),
                OffsetDateTime.parse(header.get("published")).toInstant(), category[0], category[1],
                image[0], image[1], parts[1].strip(), paragraphs);
    }

    byte[] imageBytes() {
        return resource(image);
    }

    String bodyHtml() {
        StringBuilder html = new StringBuilder();
        paragraphs.forEach(p -> html.append("<p>").append(escape(p)).append("</p>\n"));
        return html.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
