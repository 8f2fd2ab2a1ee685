package vn.provportal.importer.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.provportal.content.control.ImagePlacement;
import vn.provportal.importer.entity.PostBody;
import vn.provportal.importer.entity.SiteExport.ImageNote;

/**
 * An old post's body made into a portal article's: WordPress's paragraphs-by-blank-lines made paragraphs, its
 * {@code [caption]} shortcode a figure, and every image the archive holds placed by the portal's marker
 * ({@link ImagePlacement}) with its caption and alternative text; an image it does not hold is left out and named. The
 * result is still sanitised by the article when stored: scripts, handlers and foreign sources never survive.
 */
public final class BodyImport {

    private static final Pattern CAPTION_OPEN = Pattern.compile("\\[caption[^\\]]*]");
    private static final Pattern OTHER_SHORTCODES = Pattern.compile("\\[/?(gallery|embed|video|audio|playlist)[^\\]]*]");
    private static final Pattern BLOCKS = Pattern.compile("<(p|div|h[1-6]|ul|ol|table|figure|blockquote|pre)[\\s>]",
            Pattern.CASE_INSENSITIVE);

    private BodyImport() {
    }

    /**
     * @param find the archive's key of an image address, if the archive holds it
     * @param notes what the export says of its images, by address (captions, alternative texts)
     */
    public static PostBody of(String body, Function<String, Optional<String>> find, Map<String, ImageNote> notes) {
        String html = paragraphs(body == null ? "" : body);
        html = CAPTION_OPEN.matcher(html).replaceAll("<figure class=\"wp-caption\">").replace("[/caption]", "</figure>");
        html = OTHER_SHORTCODES.matcher(html).replaceAll("");
        Document doc = Jsoup.parseBodyFragment(html);
        Map<String, ImageNote> notesByKey = new java.util.HashMap<>(); // a post shows a scaled copy, the export describes the original
        notes.forEach((address, note) -> find.apply(address).ifPresent(key -> notesByKey.putIfAbsent(key, note)));
        Map<String, Integer> numbers = new LinkedHashMap<>();
        List<PostBody.Image> placed = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Element img : doc.select("img")) {
            String src = img.attr("src").strip();
            Element holder = holder(img);
            Optional<String> key = src.isEmpty() ? Optional.empty() : find.apply(src);
            if (key.isEmpty()) {
                if (!src.isEmpty() && !missing.contains(src)) {
                    missing.add(src);
                }
                holder.remove();
                continue;
            }
            Integer number = numbers.get(key.get());
            if (number == null) {
                ImageNote note = notes.getOrDefault(src, notesByKey.getOrDefault(key.get(), new ImageNote("", "")));
                String caption = caption(holder, note);
                String alt = img.attr("alt").isBlank() ? note.alt() : img.attr("alt").strip();
                placed.add(new PostBody.Image(key.get(), caption, alt));
                number = placed.size();
                numbers.put(key.get(), number);
            }
            Element marker = new Element("p").text(ImagePlacement.marker(number));
            if (holder.parent() != null && holder.parent().tagName().equals("p")) {
                holder.parent().after(marker); // an image inside a sentence's paragraph: placed right after it
                holder.remove();
            } else {
                holder.replaceWith(marker);
            }
        }
        doc.outputSettings().prettyPrint(false);
        return new PostBody(doc.body().html(), List.copyOf(placed), List.copyOf(missing));
    }

    /** What stands for the image in the text: its figure, its link, or a paragraph that holds nothing else. */
    private static Element holder(Element img) {
        Element holder = img;
        Element parent = img.parent();
        while (parent != null && !parent.tagName().equals("body")
                && (parent.tagName().equals("figure") || parent.tagName().equals("a")
                        || parent.tagName().equals("p") && parent.text().isBlank() && parent.select("img").size() == 1)) {
            holder = parent;
            parent = parent.parent();
        }
        return holder;
    }

    private static String caption(Element holder, ImageNote note) {
        if (holder.tagName().equals("figure")) {
            Element figcaption = holder.selectFirst("figcaption");
            String text = figcaption != null ? figcaption.text() : holder.text();
            if (!text.isBlank()) {
                return text.strip();
            }
        }
        return note.caption();
    }

    /** WordPress keeps a classic post's paragraphs as blank lines (its {@code wpautop} adds the markup when shown). */
    static String paragraphs(String body) {
        if (BLOCKS.matcher(body).find()) {
            return body;
        }
        StringBuilder html = new StringBuilder();
        for (String paragraph : body.strip().split("\\r?\\n\\s*\\n")) {
            if (!paragraph.isBlank()) {
                html.append("<p>").append(paragraph.strip().replaceAll("\\r?\\n", "<br>")).append("</p>");
            }
        }
        return html.toString();
    }
}
