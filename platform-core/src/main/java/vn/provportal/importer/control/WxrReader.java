package vn.provportal.importer.control;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.provportal.platform.InvalidInput;

/**
 * Reads a WordPress export (WXR 1.x, the XML of Tools → Export) into the posts a province's portal can take, and says
 * why each other item is left (a draft, a page, an attachment…). Parsed as data only: no DTD, no entity of any kind
 * (so no external file is read and no "billion laughs" expands), at most {@link #MAX_BYTES}; a refusal names the line.
 * Issue #17 item 6, first part: the reading and the dry run's counts; storing the posts is the next step.
 */
public final class WxrReader {

    public static final long MAX_BYTES = 50L * 1024 * 1024;
    static final String WP = "http://wordpress.org/export/";
    static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    static final String EXCERPT = "http://wordpress.org/export/1.2/excerpt/";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final DateTimeFormatter WP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** A published post as the portal will take it: where it was, what it said, when, by whom, filed where. */
    public record Post(long id, String guid, String oldPath, String slug, String title, String lead, String bodyHtml,
            String author, Instant published, Map<String, String> categories, List<String> tags) {
    }

    /** An item left out, and why ({@code import.skip.<reason>}). */
    public record Skipped(long id, String title, String reason) {
    }

    /** What the export holds: the posts to take, the items left, the categories named (slug → name). */
    public record Export(List<Post> posts, List<Skipped> skipped, Map<String, String> categories, List<String> attachments) {
    }

    private WxrReader() {
    }

    public static Export read(byte[] xml) {
        if (xml.length > MAX_BYTES) {
            throw InvalidInput.of("import.too-large", xml.length / 1_048_576, MAX_BYTES / 1_048_576);
        }
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        XMLStreamReader xmlReader = null;
        try {
            xmlReader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
            return read(xmlReader);
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw InvalidInput.of("import.not-xml", line);
        } finally {
            if (xmlReader != null) {
                try {
                    xmlReader.close();
                } catch (XMLStreamException e) {
                    // nothing held
                }
            }
        }
    }

    private static Export read(XMLStreamReader xml) throws XMLStreamException {
        List<Post> posts = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        Map<String, String> categories = new LinkedHashMap<>();
        List<String> attachments = new ArrayList<>();
        boolean wxr = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw InvalidInput.of("import.doctype", xml.getLocation().getLineNumber());
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String ns = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
            if (ns.startsWith(WP) && xml.getLocalName().equals("wxr_version")) {
                wxr = true;
            } else if (ns.startsWith(WP) && xml.getLocalName().equals("category")) {
                Map<String, String> fields = fields(xml, "category");
                categories.put(fields.getOrDefault("category_nicename", ""), fields.getOrDefault("cat_name", ""));
            } else if (ns.isEmpty() && xml.getLocalName().equals("item")) {
                item(xml, posts, skipped, categories, attachments);
            }
        }
        if (!wxr) {
            throw InvalidInput.of("import.not-wxr");
        }
        return new Export(List.copyOf(posts), List.copyOf(skipped), Map.copyOf(categories), List.copyOf(attachments));
    }

    private static void item(XMLStreamReader xml, List<Post> posts, List<Skipped> skipped, Map<String, String> known,
            List<String> attachments) throws XMLStreamException {
        Map<String, String> fields = new HashMap<>();
        Map<String, String> categories = new LinkedHashMap<>();
        List<String> tags = new ArrayList<>();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw InvalidInput.of("import.doctype", xml.getLocation().getLineNumber());
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (name.equals("category")) {
                    String domain = xml.getAttributeValue(null, "domain");
                    String nicename = xml.getAttributeValue(null, "nicename");
                    String text = xml.getElementText().strip();
                    if ("post_tag".equals(domain)) {
                        tags.add(text);
                    } else if ("category".equals(domain) && nicename != null) {
                        categories.put(nicename, text);
                    }
                } else {
                    String prefix = prefixOf(xml.getNamespaceURI());
                    fields.put(prefix + name, xml.getElementText());
                }
            }
        }
        long id = parseLong(fields.get("wp:post_id"));
        String title = fields.getOrDefault("title", "").strip();
        String type = fields.getOrDefault("wp:post_type", "post").strip();
        String status = fields.getOrDefault("wp:status", "").strip();
        if (type.equals("attachment")) {
            attachments.add(fields.getOrDefault("wp:attachment_url", "").strip());
            skipped.add(new Skipped(id, title, "attachment"));
            return;
        }
        if (!type.equals("post")) {
            skipped.add(new Skipped(id, title, type.equals("page") ? "page" : "other-type"));
            return;
        }
        if (!status.equals("publish")) {
            skipped.add(new Skipped(id, title, status.equals("draft") || status.equals("pending") ? "draft" : "not-public"));
            return;
        }
        if (title.isEmpty()) {
            skipped.add(new Skipped(id, title, "no-title"));
            return;
        }
        categories.keySet().forEach(slug -> known.putIfAbsent(slug, categories.get(slug)));
        posts.add(new Post(id, fields.getOrDefault("guid", "").strip(), oldPath(fields.get("link")),
                fields.getOrDefault("wp:post_name", "").strip(), title, fields.getOrDefault("excerpt:encoded", "").strip(),
                fields.getOrDefault("content:encoded", ""), fields.getOrDefault("dc:creator", "").strip(),
                published(fields.get("wp:post_date_gmt"), fields.get("pubDate")), Map.copyOf(categories), List.copyOf(tags)));
    }

    /** The path (and query, for {@code /?p=102}) of the post's old address: what the redirect will answer for. */
    static String oldPath(String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(link.strip());
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Instant published(String gmt, String pubDate) {
        try {
            if (gmt != null && !gmt.isBlank() && !gmt.startsWith("0000")) {
                return LocalDateTime.parse(gmt.strip(), WP_DATE).toInstant(ZoneOffset.UTC);
            }
            if (pubDate != null && !pubDate.isBlank()) {
                return ZonedDateTime.parse(pubDate.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }

    private static Map<String, String> fields(XMLStreamReader xml, String element) throws XMLStreamException {
        Map<String, String> fields = new HashMap<>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                fields.put(xml.getLocalName(), xml.getElementText().strip());
            } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals(element)) {
                return fields;
            }
        }
        return fields;
    }

    private static String prefixOf(String namespace) {
        if (namespace == null || namespace.isEmpty()) {
            return "";
        }
        if (namespace.startsWith(WP)) {
            return namespace.equals(EXCERPT) ? "excerpt:" : "wp:";
        }
        return namespace.equals(CONTENT) ? "content:" : namespace.equals(DC) ? "dc:" : "x:";
    }

    private static long parseLong(String text) {
        try {
            return text == null ? 0 : Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
