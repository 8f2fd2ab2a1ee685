package vn.provportal.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.provportal.importer.control.WxrReader;
import vn.provportal.importer.entity.SiteExport;
import vn.provportal.platform.InvalidInput;

/** Issue #17 item 6, first part: a WordPress export read as data, what it holds counted, hostile XML refused. */
class WxrReaderTest {

    private static byte[] fixture() throws IOException {
        try (InputStream in = WxrReaderTest.class.getResourceAsStream("/importer/wordpress-export.xml")) {
            return in.readAllBytes();
        }
    }

    @Test
    void thePublishedPostsAreReadWithTheirOldAddressesAndTheRestIsLeftSayingWhy() throws IOException {
        SiteExport export = WxrReader.read(fixture());
        assertEquals(List.of(101L, 102L, 107L), export.posts().stream().map(SiteExport.Post::id).toList());
        SiteExport.Post first = export.posts().get(0);
        assertEquals("Công an tỉnh ra quân tổng kiểm soát phương tiện", first.title());
        assertEquals(List.of("/2024/05/ra-quan-tong-kiem-soat/", "/?p=101"), first.oldPaths(),
                "its permalink and its short link (the guid) both lead to it");
        assertEquals("ra-quan-tong-kiem-soat", first.slug());
        assertEquals(Instant.parse("2024-05-06T01:30:00Z"), first.published());
        assertEquals("Minh Anh", first.author(), "the login the post names, shown by the author's display name");
        assertEquals("Hoàng Bền", export.posts().get(1).author(), "a name with no author entry is kept as written");
        assertEquals("Lễ ra quân tổng kiểm soát phương tiện giao thông.", first.lead());
        assertEquals(Map.of("an-toan-giao-thong", "An toàn giao thông"), first.categories());
        assertEquals(List.of("tổng kiểm soát", "nồng độ cồn"), first.tags());
        assertTrue(first.bodyHtml().contains("<script>"), "read as written: the portal's sanitiser cleans it when stored");
        assertEquals(List.of("/?p=102"), export.posts().get(1).oldPaths(), "a plain permalink keeps its query");
        assertTrue(export.posts().get(1).bodyHtml().contains("Dòng một của bài.\n\nDòng hai"));
        assertEquals(List.of("103:draft", "104:page"), export.skipped().stream().map(s -> s.id() + ":" + s.reason()).toList());
        assertEquals(Map.of("https://congan.hungyen.example/wp-content/uploads/2024/05/ra-quan.jpg", new SiteExport.ImageNote(
                "Lễ ra quân sáng 6/5 tại quảng trường tỉnh", "Lực lượng cảnh sát xếp hàng trong lễ ra quân")), export.images(),
                "an attachment is what the export says of an image: its caption and its alternative text");
        assertEquals(1, export.comments(), "a comment is counted, not imported, and does not end the post");
        assertEquals(Map.of("tin-tuc", "Tin tức", "an-toan-giao-thong", "An toàn giao thông", "canh-bao", "Cảnh báo"),
                export.categories());
    }

    @Test
    void externalEntitiesBillionLaughsAndNonExportsAreRefusedWithoutReadingAnything(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "mat-khau-bi-mat");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<rss xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel><wp:wxr_version>1.2</wp:wxr_version>"
                + "<item><title>&x;</title></item></channel></rss>";
        InvalidInput refused = assertThrows(InvalidInput.class, () -> WxrReader.read(xxe.getBytes(StandardCharsets.UTF_8)));
        assertEquals("import.doctype", refused.key());
        assertTrue(!refused.messageVi().contains("mat-khau"), refused.messageVi());
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]><rss><channel><title>&lol9;</title></channel></rss>");
        assertEquals("import.doctype", assertThrows(InvalidInput.class,
                () -> WxrReader.read(laughs.toString().getBytes(StandardCharsets.UTF_8))).key());
        assertEquals("import.not-wxr", assertThrows(InvalidInput.class, () -> WxrReader.read(
                "<rss><channel><title>Một RSS thường</title></channel></rss>".getBytes(StandardCharsets.UTF_8))).key());
        InvalidInput broken = assertThrows(InvalidInput.class, () -> WxrReader.read(
                "<rss>\n<channel>\n<item></channel></rss>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("Tệp không phải XML hợp lệ (lỗi ở dòng 3)", broken.messageVi());
        assertEquals("import.too-large", assertThrows(InvalidInput.class,
                () -> WxrReader.read(new byte[(int) WxrReader.MAX_BYTES + 1])).key());
    }
}
