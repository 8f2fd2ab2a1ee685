package vn.provportal.content.control;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.provportal.content.entity.Article;
import vn.provportal.content.entity.ArticleImage;
import vn.provportal.content.entity.ImageUse;

/**
 * Where an article's captioned images appear. The stored body places image N by a paragraph holding only the
 * marker {@code [[anh-N]]}; on the portal that paragraph becomes a {@code <figure>} with the image, its alt text
 * and its caption. Images the body does not place are shown after the lead, as on the reference portal. Markup
 * is built by jsoup, so captions and alt texts are escaped.
 * <p>
 * In the editor the writer sees the image itself where it stands ({@link #inEditor}); what the editor sends back
 * becomes markers again ({@link #fromEditor}), numbered by the article's image list at that moment — so moving an
 * image up in the list never moves it in the text.
 */
public final class ImagePlacement {

    private static final Pattern MARKER = Pattern.compile("\\[\\[anh-(\\d{1,3})]]");
    /** How the back office and the portal address a stored image: {@code …/anh/<sha-256>[?w=…]}. */
    private static final Pattern STORED = Pattern.compile("/anh/([0-9a-f]{64})(?:[?#].*)?");

    private ImagePlacement() {
    }

    public static String marker(int number) {
        return "[[anh-" + number + "]]";
    }

    /** The body with placed images as figures; {@code src} turns an image's SHA-256 into its address. */
    public static String body(Article article, Function<String, String> src) {
        String html = article.getBodyHtml() == null ? "" : article.getBodyHtml();
        if (!html.contains("[[anh-")) {
            return html;
        }
        return body(html, article.getImages().stream()
                .map(i -> new ImageUse(i.getMediaSha256(), i.getCaption(), i.getAltText())).toList(), src);
    }

    /** A body (sanitised, with markers) with its placed images as figures: a draft's, as the editor previews it. */
    public static String body(String html, List<ImageUse> images, Function<String, String> src) {
        if (html == null || !html.contains("[[anh-")) {
            return html == null ? "" : html;
        }
        return replaceMarkers(html, n -> n <= images.size() ? figure(images.get(n - 1), src) : null);
    }

    /** The images a body does not place, by their number in {@code images}. */
    public static List<ImageUse> unplaced(String html, List<ImageUse> images) {
        String body = html == null ? "" : html;
        List<ImageUse> rest = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            if (!body.contains(marker(i + 1))) {
                rest.add(images.get(i));
            }
        }
        return rest;
    }

    /** The stored body as the editor shows it: each marker paragraph holds the image it places. */
    public static String inEditor(String html, List<ImageUse> images, Function<String, String> src) {
        if (html == null || !html.contains("[[anh-")) {
            return html == null ? "" : html;
        }
        return replaceMarkers(html, n -> {
            if (n > images.size()) {
                return null;
            }
            ImageUse image = images.get(n - 1);
            Element p = new Element("p");
            p.appendElement("img").attr("src", src.apply(image.sha256())).attr("alt", image.alt() == null ? "" : image.alt());
            return p;
        });
    }

    /**
     * What the editor sends back, with every image of the article ({@code sha256s}, in the article's order) turned
     * into its marker paragraph; a stored image the article no longer has is dropped. An image set inside a line of
     * text splits that paragraph around it, as a figure stands on its own on the portal.
     */
    public static String fromEditor(String html, List<String> sha256s) {
        if (html == null || !html.contains("/anh/")) {
            return html == null ? "" : html;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        boolean changed = false;
        for (Element img : doc.body().select("img[src]")) {
            Matcher m = STORED.matcher(img.attr("src"));
            if (!m.find()) {
                continue;
            }
            changed = true;
            int n = sha256s.indexOf(m.group(1)) + 1;
            if (n == 0) {
                standAlone(img).remove();
            } else {
                standAlone(img).replaceWith(new Element("p").text(marker(n)));
            }
        }
        if (!changed) {
            return html;
        }
        doc.outputSettings().prettyPrint(false);
        return doc.body().html();
    }

    /** The images the body does not place, to be shown after the lead. */
    public static List<ArticleImage> unplaced(Article article) {
        String body = article.getBodyHtml() == null ? "" : article.getBodyHtml();
        List<ArticleImage> rest = new ArrayList<>();
        for (ArticleImage image : article.getImages()) {
            if (!body.contains(marker(image.getPosition() + 1))) {
                rest.add(image);
            }
        }
        return rest;
    }

    /** Each paragraph that is only a marker replaced by what {@code placed} makes of its number (null: removed). */
    private static String replaceMarkers(String html, Function<Integer, Element> placed) {
        Document doc = Jsoup.parseBodyFragment(html);
        for (Element p : doc.body().select("p")) {
            Matcher m = MARKER.matcher(p.text().strip());
            if (m.matches()) {
                int n = Integer.parseInt(m.group(1));
                Element replacement = n >= 1 ? placed.apply(n) : null;
                if (replacement == null) {
                    p.remove();
                } else {
                    p.replaceWith(replacement);
                }
            }
        }
        doc.outputSettings().prettyPrint(false);
        return doc.body().html();
    }

    /**
     * The image alone in a top-level paragraph of its own, where it stood: a paragraph with text around the image is
     * split, the text before and after staying in paragraphs of their own; an image deeper in a block (a list, a
     * table, bold text) comes right after that block.
     */
    private static Element standAlone(Element img) {
        Element block = img;
        while (block.parent() != null && !"body".equals(block.parent().tagName())) {
            block = block.parent();
        }
        if (block == img) {
            return img;
        }
        Element own = new Element("p");
        block.after(own);
        if ("p".equals(block.tagName()) && img.parent() == block) {
            Element rest = new Element("p");
            new ArrayList<>(block.childNodes().subList(img.siblingIndex() + 1, block.childNodeSize())).forEach(rest::appendChild);
            if (hasContent(rest)) {
                own.after(rest);
            }
        }
        own.appendChild(img);
        if (!hasContent(block)) {
            block.remove();
        }
        return own;
    }

    private static boolean hasContent(Element block) {
        return !block.text().isBlank() || !block.select("img").isEmpty();
    }

    /** An image with its alt text and caption, as citizens see it in an article. */
    public static Element figure(ImageUse image, Function<String, String> src) {
        Element figure = new Element("figure").addClass("article-figure");
        figure.appendElement("img").attr("src", src.apply(image.sha256())).attr("alt", image.alt() == null ? "" : image.alt())
                .attr("loading", "lazy");
        if (image.caption() != null && !image.caption().isBlank()) {
            figure.appendElement("figcaption").text(image.caption());
        }
        return figure;
    }
}
