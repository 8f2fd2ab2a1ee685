package vn.provportal.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.provportal.importer.control.FeedReader;
import vn.provportal.importer.entity.SiteExport;
import vn.provportal.platform.InvalidInput;

/** Any RSS or Atom feed — NukeViet's news module's among them — read into posts; a DOCTYPE refused. */
class FeedReaderTest {

    private static final String NUKEVIET = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
            <channel><title>Công an tỉnh Thái Bình - Tin tức</title><link>https://congan.thaibinh.example/vi/news/</link>
            <item><title>Bắt giữ đối tượng trộm cắp xe máy</title>
              <link>https://congan.thaibinh.example/vi/news/an-ninh-trat-tu/bat-giu-doi-tuong-trom-cap-xe-may-1234.html</link>
              <guid isPermaLink="true">https://congan.thaibinh.example/vi/news/an-ninh-trat-tu/bat-giu-doi-tuong-trom-cap-xe-may-1234.html</guid>
              <pubDate>Wed, 05 Nov 2025 03:15:00 +0700</pubDate>
              <category>An ninh trật tự</category>
              <description><![CDATA[<img src="https://congan.thaibinh.example/uploads/news/2025_11/xe-may.jpg" /> Công an huyện bắt giữ hai đối tượng.]]></description>
            </item>
            <item><title><![CDATA[Ra quân <b>tuần tra</b> dịp cuối năm]]></title>
              <link>https://congan.thaibinh.example/vi/news/tin-tuc/ra-quan-tuan-tra-1240.html</link>
              <pubDate>Thu, 06 Nov 2025 01:00:00 +0000</pubDate>
              <description>Tóm tắt ra quân.</description>
              <content:encoded><![CDATA[<p>Toàn văn bài ra quân.</p>]]></content:encoded>
            </item>
            <item><title></title><link>https://congan.thaibinh.example/vi/news/x.html</link></item>
            </channel></rss>
            """;

    @Test
    void aNukeVietFeedGivesPostsWithTheirOldAddressesDatesAndCategories() {
        SiteExport export = FeedReader.read(NUKEVIET.getBytes(StandardCharsets.UTF_8));
        assertEquals(SiteExport.Kind.FEED, export.kind());
        assertEquals(2, export.posts().size());
        SiteExport.Post first = export.posts().get(0);
        assertEquals("Bắt giữ đối tượng trộm cắp xe máy", first.title());
        assertEquals(List.of("/vi/news/an-ninh-trat-tu/bat-giu-doi-tuong-trom-cap-xe-may-1234.html"), first.oldPaths());
        assertEquals("bat-giu-doi-tuong-trom-cap-xe-may-1234", first.slug(), "the old address's words, without .html");
        assertEquals(Instant.parse("2025-11-04T20:15:00Z"), first.published());
        assertEquals(Map.of("an-ninh-trat-tu", "An ninh trật tự"), first.categories());
        assertTrue(first.bodyHtml().contains("xe-may.jpg"), "the description is the body when there is no full text");
        SiteExport.Post second = export.posts().get(1);
        assertEquals("Ra quân tuần tra dịp cuối năm", second.title(), "markup in a title is read as text");
        assertEquals("Tóm tắt ra quân.", second.lead());
        assertEquals("<p>Toàn văn bài ra quân.</p>", second.bodyHtml());
        assertEquals(List.of("3:no-title"), export.skipped().stream().map(s -> s.id() + ":" + s.reason()).toList());
    }

    @Test
    void anAtomFeedIsReadAndADoctypeOrNonsenseIsRefused() {
        String atom = """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Trang cũ</title><id>urn:trang-cu</id><updated>2025-10-01T00:00:00Z</updated>
                <entry><title>Thông báo tuyển sinh</title><id>urn:bai:9</id><link href="https://old.example/tin/tuyen-sinh"/>
                <updated>2025-10-01T00:00:00Z</updated><author><name>Phòng Tổ chức</name></author>
                <content type="html">&lt;p&gt;Nội dung&lt;/p&gt;</content></entry></feed>
                """;
        SiteExport.Post post = FeedReader.read(atom.getBytes(StandardCharsets.UTF_8)).posts().get(0);
        assertEquals("urn:bai:9", post.guid());
        assertEquals(List.of("/tin/tuyen-sinh"), post.oldPaths());
        assertEquals("Phòng Tổ chức", post.author());
        assertEquals("<p>Nội dung</p>", post.bodyHtml());
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>";
        assertEquals("import.doctype", assertThrows(InvalidInput.class,
                () -> FeedReader.read(xxe.getBytes(StandardCharsets.UTF_8))).key());
        assertEquals("import.not-feed", assertThrows(InvalidInput.class,
                () -> FeedReader.read("<html><body>Không phải RSS</body></html>".getBytes(StandardCharsets.UTF_8))).key());
    }
}
