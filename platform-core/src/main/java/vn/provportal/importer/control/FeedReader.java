package vn.provportal.importer.control;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.provportal.content.control.SlugGenerator;
import vn.provportal.content.entity.Slug;
import vn.provportal.importer.entity.SiteExport;
import vn.provportal.importer.entity.SiteExport.ImageNote;
import vn.provportal.importer.entity.SiteExport.Post;
import vn.provportal.importer.entity.SiteExport.Skipped;
import vn.provportal.platform.InvalidInput;

/**
 * Reads any RSS (0.9x–2.0) or Atom feed of a province's old site — NukeViet's news module publishes one per category — into
 * the posts the portal can take, with ROME. ROME refuses a DOCTYPE by default, so no external entity is read and no entity
 * expands; the size is capped as for a WordPress export. A feed carries no images of its own: those its entries show come
 * only from the archive uploaded beside it, like a WordPress export's.
 */
public final class FeedReader {

    private FeedReader() {
    }

    public static SiteExport read(byte[] bytes) {
        if (bytes.length > WxrReader.MAX_BYTES) {
            throw InvalidInput.of("import.too-large", bytes.length / 1_048_576, WxrReader.MAX_BYTES / 1_048_576);
        }
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new XmlReader(new ByteArrayInputStream(bytes)));
        } catch (ParsingFeedException e) {
            if (String.valueOf(e.getMessage()).contains("DOCTYPE")) {
                throw InvalidInput.of("import.doctype", Math.max(e.getLineNumber(), 1));
            }
            throw InvalidInput.of("import.not-xml", Math.max(e.getLineNumber(), 1));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw InvalidInput.of("import.not-feed");
        }
        List<Post> posts = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        Map<String, String> categories = new LinkedHashMap<>();
        Map<String, ImageNote> images = new LinkedHashMap<>();
        long number = 0;
        for (SyndEntry entry : feed.getEntries()) {
            number++;
            String title = entry.getTitle() == null ? "" : org.jsoup.Jsoup.parse(entry.getTitle()).text().strip();
            if (title.isEmpty()) {
                skipped.add(new Skipped(number, "", "no-title"));
                continue;
            }
            Map<String, String> filed = new LinkedHashMap<>();
            for (SyndCategory category : entry.getCategories()) {
                String name = category.getName() == null ? "" : category.getName().strip();
                if (!name.isEmpty()) {
                    filed.putIfAbsent(SlugGenerator.slugOf(name, "chuyen-muc").value(), name);
                }
            }
            filed.forEach(categories::putIfAbsent);
            posts.add(post(number, entry, title, filed, images));
        }
        return new SiteExport(SiteExport.Kind.FEED, List.copyOf(posts), List.copyOf(skipped), Map.copyOf(categories),
                Map.copyOf(images), 0);
    }

    private static Post post(long number, SyndEntry entry, String title, Map<String, String> categories,
            Map<String, ImageNote> images) {
        String link = entry.getLink() == null ? "" : entry.getLink().strip();
        String description = entry.getDescription() == null ? "" : String.valueOf(entry.getDescription().getValue());
        List<SyndContent> contents = entry.getContents();
        String body = contents.isEmpty() || contents.get(0).getValue() == null ? description : contents.get(0).getValue();
        String lead = contents.isEmpty() ? "" : org.jsoup.Jsoup.parse(description).text().strip();
        StringBuilder shown = new StringBuilder();
        for (SyndEnclosure enclosure : entry.getEnclosures()) {
            String url = enclosure.getUrl();
            if (url != null && String.valueOf(enclosure.getType()).startsWith("image/") && !body.contains(url)) {
                shown.append("<p><img src=\"").append(org.jsoup.nodes.Entities.escape(url)).append("\" alt=\"\"></p>");
                images.putIfAbsent(url, new ImageNote("", ""));
            }
        }
        List<String> oldPaths = new ArrayList<>();
        String path = WxrReader.oldPath(link);
        if (path != null && !path.equals("/")) {
            oldPaths.add(path);
        }
        String guid = entry.getUri() == null || entry.getUri().isBlank() ? link : entry.getUri().strip();
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        Instant published = date == null ? null : date.toInstant();
        return new Post(number, guid, List.copyOf(oldPaths), slugOf(path), title, lead, shown + body,
                entry.getAuthor() == null ? "" : entry.getAuthor().strip(), published, SiteExport.ordered(categories), List.of());
    }

    /** The last segment of the old address without {@code .html}: NukeViet's {@code /tin-tuc/ra-quan-123.html} keeps its words. */
    private static String slugOf(String path) {
        if (path == null) {
            return "";
        }
        String clean = path.replaceFirst("[?#].*$", "").replaceAll("/+$", "");
        String last = clean.substring(clean.lastIndexOf('/') + 1).replaceFirst("\\.(html?|php)$", "");
        return Slug.isWellFormed(last) ? last : "";
    }
}
