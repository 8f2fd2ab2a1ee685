package vn.provportal.content.control;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import vn.provportal.platform.Nfc;

/**
 * The allow-list an article body is sanitised with on save (OWASP Java HTML Sanitizer): what a news article
 * needs — paragraphs, headings h2–h6, emphasis, lists, quotes, tables, links, images of the portal itself with
 * captions — and nothing that runs, hides or loads from elsewhere: no scripts, no event handlers, no {@code javascript:} or {@code data:} URLs,
 * no {@code style} attributes, no frames, forms or embedded objects.
 */
public final class ArticleHtml {

    private static final Pattern ALIGN = Pattern.compile("align-(left|center|right)|note|image");
    private static final Pattern DIMENSION = Pattern.compile("\\d{1,4}");
    private static final Pattern SCOPE = Pattern.compile("row|col|rowgroup|colgroup");
    /** A path on the portal itself: the portal's CSP loads images only from there, so nothing else is kept. */
    private static final Pattern LOCAL_SOURCE = Pattern.compile("/(?![/\\\\])[^\\s\\\\]*");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em", "i", "u", "s", "sub",
                    "sup", "blockquote", "q", "ul", "ol", "li", "pre", "code", "span", "figure", "figcaption", "table",
                    "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "a", "img")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href").onElements("a")
            .allowAttributes("src").matching(LOCAL_SOURCE).onElements("img")
            .allowAttributes("alt").onElements("img")
            // An image whose source was not kept is dropped whole: the editor sees what citizens will see.
            .allowElements((name, attributes) -> attributes.contains("src") ? name : null, "img")
            .allowAttributes("width", "height").matching(DIMENSION).onElements("img")
            .allowAttributes("colspan", "rowspan").matching(DIMENSION).onElements("td", "th")
            .allowAttributes("scope").matching(SCOPE).onElements("th")
            .allowAttributes("class").matching(ALIGN).globally()
            .allowAttributes("title", "lang").globally()
            .requireRelsOnLinks("noopener", "noreferrer")
            .toFactory();

    private ArticleHtml() {
    }

    /** The body as it may be stored and shown: NFC text, allow-listed markup only. */
    public static String sanitize(String html) {
        return html == null ? "" : POLICY.sanitize(fromEditor(Nfc.normalize(html)));
    }

    /**
     * The body as the rich-text editor can hold it. Quill 2's tables are a grid of plain cells: without this a header
     * cell's text ran into one cell and the grid was lost (#13 item 9). Header cells become cells, header and footer
     * rows body rows, a caption the paragraph before the table — the words and the grid are kept.
     */
    public static String forEditor(String html) {
        if (html == null || !html.contains("<t")) {
            return html == null ? "" : html;
        }
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parseBodyFragment(html);
        for (org.jsoup.nodes.Element table : doc.select("table")) {
            table.select("th").tagName("td").removeAttr("scope");
            table.select("td").removeAttr("colspan").removeAttr("rowspan");
            table.select("thead, tfoot").tagName("tbody");
            table.select("caption").forEach(caption -> table.before(new org.jsoup.nodes.Element("p").text(caption.text())));
            table.select("caption").remove();
        }
        doc.outputSettings().prettyPrint(false);
        return doc.body().html();
    }

    /**
     * The rich-text editor (PrimeFaces' Quill 2) writes every list as {@code <ol>} with {@code data-list} on its
     * items and alignment as {@code ql-align-*} classes; this turns them into plain semantic HTML first.
     */
    static String fromEditor(String html) {
        if (!html.contains("data-list") && !html.contains("ql-")) {
            return html;
        }
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parseBodyFragment(html);
        for (org.jsoup.nodes.Element list : doc.select("ol:has(> li[data-list=bullet])")) {
            if (list.children().stream().allMatch(li -> "bullet".equals(li.attr("data-list")))) {
                list.tagName("ul");
            }
        }
        doc.select("li[data-list]").removeAttr("data-list");
        doc.select("span.ql-ui").remove();
        for (org.jsoup.nodes.Element aligned : doc.select("[class~=ql-align-]")) {
            String align = aligned.className().replaceAll(".*ql-align-(left|center|right).*", "$1");
            aligned.removeAttr("class").addClass("align-" + align);
        }
        doc.outputSettings().prettyPrint(false);
        return doc.body().html();
    }
}
