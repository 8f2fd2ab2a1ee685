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
import vn.provportal.importer.entity.SiteExport;
import vn.provportal.importer.entity.SiteExport.ImageNote;
import vn.provportal.importer.entity.SiteExport.Post;
import vn.provportal.importer.entity.SiteExport.Skipped;
import vn.provportal.platform.InvalidInput;

/**
 * Reads a WordPress export (WXR 1.x, the XML of Tools → Export) into the posts a province's portal can take, and says
 * why each other item is left (a draft, a page, an attachment…). Parsed as data only: no DTD, no entity of any kind
 * (so no external file is read and no "billion laughs" expands), at most {@link #MAX_BYTES}; a refusal names the line.
 */
public final class WxrReader {

    public static final long MAX_BYTES = 50L * 1024 * 1024;
    static final String WP = "http://wordpress.org/export/";
    static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    static final String EXCERPT = "http://wordpress.org/export/1.2/excerpt/";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final DateTimeFormatter WP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private WxrReader() {
    }

    public static SiteExport read(byte[] xml) {
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

    private static SiteExport read(XMLStreamReader xml) throws XMLStreamException {
        List<Post> posts = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        Map<String, String> categories = new LinkedHashMap<>();
        Map<String, ImageNote> images = new LinkedHashMap<>();
        Map<String, String> authors = new HashMap<>();
        int[] comments = {0};
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
            } else if (ns.startsWith(WP) && xml.getLocalName().equals("author")) {
                Map<String, String> fields = fields(xml, "author");
                authors.put(fields.getOrDefault("author_login", ""), fields.getOrDefault("author_display_name", ""));
            } else if (ns.isEmpty() && xml.getLocalName().equals("item")) {
                item(xml, new Found(posts, skipped, categories, images, comments));
            }
        }
        if (!wxr) {
            throw InvalidInput.of("import.not-wxr");
        }
        List<Post> named = posts.stream().map(p -> authors.getOrDefault(p.author(), "").isBlank() ? p
                : new Post(p.id(), p.guid(), p.oldPaths(), p.slug(), p.title(), p.lead(), p.bodyHtml(),
                        authors.get(p.author()).strip(), p.published(), p.categories(), p.tags())).toList();
        return new SiteExport(SiteExport.Kind.WXR, named, List.copyOf(skipped), Map.copyOf(categories), Map.copyOf(images),
                comments[0]);
    }

    /** What the items read so far gave. */
    private record Found(List<Post> posts, List<Skipped> skipped, Map<String, String> categories,
            Map<String, ImageNote> images, int[] comments) {
    }

    private static void item(XMLStreamReader xml, Found found) throws XMLStreamException {
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
                if (name.equals("postmeta")) {
                    Map<String, String> meta = fields(xml, "postmeta");
                    fields.put("meta:" + meta.getOrDefault("meta_key", ""), meta.getOrDefault("meta_value", ""));
                } else if (name.equals("comment")) {
                    skip(xml);
                    found.comments()[0]++;
                } else if (name.equals("category")) {
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
            String caption = fields.getOrDefault("excerpt:encoded", "").strip();
            found.images().put(fields.getOrDefault("wp:attachment_url", "").strip(),
                    new ImageNote(caption, fields.getOrDefault("meta:_wp_attachment_image_alt", "").strip()));
            return;
        }
        if (!type.equals("post")) {
            found.skipped().add(new Skipped(id, title, type.equals("page") ? "page" : "other-type"));
            return;
        }
        if (!status.equals("publish")) {
            found.skipped().add(new Skipped(id, title, status.equals("draft") || status.equals("pending") ? "draft" : "not-public"));
            return;
        }
        if (title.isEmpty()) {
            found.skipped().add(new Skipped(id, title, "no-title"));
            return;
        }
        categories.keySet().forEach(slug -> found.categories().putIfAbsent(slug, categories.get(slug)));
        String guid = fields.getOrDefault("guid", "").strip();
        List<String> oldPaths = new ArrayList<>();
        for (String address : List.of(fields.getOrDefault("link", ""), guid)) {
            String path = oldPath(address);
            if (path != null && !path.equals("/") && !oldPaths.contains(path)) {
                oldPaths.add(path);
            }
        }
        found.posts().add(new Post(id, guid.isEmpty() ? fields.getOrDefault("link", "").strip() : guid, List.copyOf(oldPaths),
                fields.getOrDefault("wp:post_name", "").strip(), title, fields.getOrDefault("excerpt:encoded", "").strip(),
                fields.getOrDefault("content:encoded", ""), fields.getOrDefault("dc:creator", "").strip(),
                published(fields.get("wp:post_date_gmt"), fields.get("pubDate")), SiteExport.ordered(categories), List.copyOf(tags)));
    }

    /** The path (and query, for {@code /?p=102}) of the post's old address: what the redirect will answer for. */
    static String oldPath(String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(URI.create(link.strip()).toASCIIString()); // a letter written as is becomes %-escapes
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

    /** Passes over an element and all it holds (a comment with its own metadata). */
    private static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw InvalidInput.of("import.doctype", xml.getLocation().getLineNumber());
            }
        }
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
