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

/**
 * Where an article's captioned images appear. An editor places image N in the body by a paragraph holding
 * only the marker {@code [[anh-N]]} (the editor inserts it); that paragraph becomes a {@code <figure>} with
 * the image, its alt text and its caption. Images the body does not place are shown after the lead, as on
 * the reference portal. Markup is built by jsoup, so captions and alt texts are escaped.
 */
public final class ImagePlacement {

    private static final Pattern MARKER = Pattern.compile("\\[\\[anh-(\\d{1,3})]]");

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
        Document doc = Jsoup.parseBodyFragment(html);
        List<ArticleImage> images = article.getImages();
        for (Element p : doc.body().select("p")) {
            Matcher m = MARKER.matcher(p.text().strip());
            if (m.matches()) {
                int n = Integer.parseInt(m.group(1));
                if (n >= 1 && n <= images.size()) {
                    p.replaceWith(figure(images.get(n - 1), src));
                } else {
                    p.remove();
                }
            }
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

    private static Element figure(ArticleImage image, Function<String, String> src) {
        Element figure = new Element("figure").addClass("article-figure");
        figure.appendElement("img").attr("src", src.apply(image.getMediaSha256())).attr("alt", image.getAltText())
                .attr("loading", "lazy");
        if (image.getCaption() != null && !image.getCaption().isBlank()) {
            figure.appendElement("figcaption").text(image.getCaption());
        }
        return figure;
    }
}
