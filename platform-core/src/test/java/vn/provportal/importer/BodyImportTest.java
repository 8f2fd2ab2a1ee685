package vn.provportal.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.provportal.content.control.ArticleHtml;
import vn.provportal.importer.control.BodyImport;
import vn.provportal.importer.entity.PostBody;
import vn.provportal.importer.entity.SiteExport.ImageNote;

/** An old post's body as the portal stores it: images only from the archive, placed with their captions; the rest dropped. */
class BodyImportTest {

    private static final String SITE = "https://congan.hungyen.example/wp-content/uploads/2024/05/";

    private static Optional<String> archive(String address) {
        return address.startsWith(SITE) && !address.endsWith("hong.jpg")
                ? Optional.of("2024/05/" + address.substring(SITE.length())) : Optional.empty();
    }

    @Test
    void imagesTheArchiveHoldsArePlacedWithCaptionsAndTheOthersAreLeftOutAndNamed() {
        String body = "<p>Sáng 6/5, lễ ra quân.</p><p><a href=\"" + SITE + "ra-quan.jpg\"><img src=\"" + SITE
                + "ra-quan.jpg\" alt=\"\"></a></p><p>Kiểm tra nồng độ cồn.<img src=\"https://tracker.example/p.gif\" "
                + "onerror=\"alert(2)\"></p>[caption id=\"attachment_6\" width=\"480\"]<img src=\"" + SITE
                + "kiem-tra.jpg\" alt=\"Cảnh sát kiểm tra\"> Trên Quốc lộ 5[/caption]<p>Lại ảnh đầu:<img src=\"" + SITE
                + "ra-quan.jpg\"></p>";
        PostBody result = BodyImport.of(body, BodyImportTest::archive,
                Map.of(SITE + "ra-quan.jpg", new ImageNote("Lễ ra quân sáng 6/5", "Lực lượng xếp hàng")));
        assertEquals(List.of(new PostBody.Image("2024/05/ra-quan.jpg", "Lễ ra quân sáng 6/5", "Lực lượng xếp hàng"),
                new PostBody.Image("2024/05/kiem-tra.jpg", "Trên Quốc lộ 5", "Cảnh sát kiểm tra")), result.images(),
                "caption and alt from the export's attachment, or from the [caption] shortcode and the img itself");
        assertEquals(List.of("https://tracker.example/p.gif"), result.missing());
        String stored = ArticleHtml.sanitize(result.html());
        assertEquals("<p>Sáng 6/5, lễ ra quân.</p><p>[[anh-1]]</p><p>Kiểm tra nồng độ cồn.</p><p>[[anh-2]]</p>"
                + "<p>Lại ảnh đầu:</p><p>[[anh-1]]</p>", stored, "the same image twice is one image placed twice");
        assertFalse(stored.contains("tracker") || stored.contains("onerror") || stored.contains("caption"), stored);
    }

    @Test
    void aClassicPostsBlankLinesBecomeParagraphsAndMarkupIsLeftAsWritten() {
        assertEquals("<p>Dòng một.</p><p>Dòng hai,<br>cùng đoạn.</p>",
                BodyImport.of("Dòng một.\n\nDòng hai,\ncùng đoạn.\n", a -> Optional.empty(), Map.of()).html());
        assertTrue(BodyImport.of("<p>Đã có thẻ.</p>\n\n<p>Hai.</p>", a -> Optional.empty(), Map.of()).html()
                .startsWith("<p>Đã có thẻ.</p>"));
    }
}
