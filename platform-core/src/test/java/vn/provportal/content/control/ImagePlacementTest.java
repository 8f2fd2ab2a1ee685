package vn.provportal.content.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.provportal.content.entity.ImageUse;

/** The editor shows the article's images where they stand, and what it sends back is stored as markers. */
class ImagePlacementTest {

    private static final String A = "a".repeat(64);
    private static final String B = "b".repeat(64);
    private static final List<ImageUse> IMAGES = List.of(new ImageUse(A, "Lễ ra quân", "Hàng ngũ cán bộ <chiến sĩ>"),
            new ImageUse(B, "", ""));

    private static String src(String sha) {
        return "/admin/anh/" + sha + "?w=640";
    }

    @Test
    void theEditorShowsEachPlacedImageWhereItsMarkerStands() {
        String stored = "<p>Mở đầu</p><p>[[anh-2]]</p><p>Giữa</p><p>[[anh-1]]</p><p>[[anh-7]]</p>";
        assertEquals("<p>Mở đầu</p><p><img src=\"/admin/anh/" + B + "?w=640\" alt=\"\"></p><p>Giữa</p>"
                + "<p><img src=\"/admin/anh/" + A + "?w=640\" alt=\"Hàng ngũ cán bộ &lt;chiến sĩ&gt;\"></p>",
                ImagePlacement.inEditor(stored, IMAGES, ImagePlacementTest::src), "a marker of no image is dropped");
    }

    @Test
    void whatTheEditorSendsBackIsStoredAsMarkersAgain() {
        String stored = "<p>Mở đầu</p><p>[[anh-2]]</p><p>Giữa <strong>đậm</strong></p><p>[[anh-1]]</p>";
        String shown = ImagePlacement.inEditor(stored, IMAGES, ImagePlacementTest::src);
        assertEquals(stored, ImagePlacement.fromEditor(shown, List.of(A, B)));
    }

    @Test
    void movingAnImageUpInTheListDoesNotMoveItInTheText() {
        String shown = ImagePlacement.inEditor("<p>[[anh-1]]</p><p>Chữ</p><p>[[anh-2]]</p>", IMAGES, ImagePlacementTest::src);
        assertEquals("<p>[[anh-2]]</p><p>Chữ</p><p>[[anh-1]]</p>", ImagePlacement.fromEditor(shown, List.of(B, A)),
                "image A stays first in the text though it is second in the list now");
    }

    @Test
    void anImageRemovedFromTheArticleLeavesTheText() {
        String shown = "<p>Một</p><p><img src=\"/admin/anh/" + B + "?w=640\" alt=\"\"></p><p>Hai</p>";
        assertEquals("<p>Một</p><p>Hai</p>", ImagePlacement.fromEditor(shown, List.of(A)));
    }

    @Test
    void anImageInsideALineSplitsItAroundTheImage() {
        String shown = "<p>Trước <img src=\"/admin/anh/" + A + "\" alt=\"x\"> sau <em>nghiêng</em></p><ul><li>Mục "
                + "<img src=\"/anh/" + B + "?w=320\"></li></ul>";
        assertEquals("<p>Trước </p><p>[[anh-1]]</p><p> sau <em>nghiêng</em></p><ul><li>Mục </li></ul><p>[[anh-2]]</p>",
                ImagePlacement.fromEditor(shown, List.of(A, B)));
    }

    @Test
    void imagesFromElsewhereAreLeftToTheSanitiser() {
        String shown = "<p><img src=\"/hung-yen/tep/so-do.png\" alt=\"Sơ đồ\"></p>";
        assertEquals(shown, ImagePlacement.fromEditor(shown, List.of(A)));
    }

    @Test
    void citizensSeeEachPlacedImageAsACaptionedFigureAndTheRestAfterTheLead() {
        String stored = "<p>Mở đầu</p><p>[[anh-2]]</p><p>Kết</p><p>[[anh-0]]</p><p>[[anh-9]]</p>";
        String shown = ImagePlacement.body("<p>Mở đầu</p><p>[[anh-1]]</p><p>Kết</p><p>[[anh-0]]</p><p>[[anh-9]]</p>", IMAGES,
                ImagePlacementTest::src);
        org.jsoup.nodes.Element body = org.jsoup.Jsoup.parseBodyFragment(shown).body();
        assertEquals(List.of("p", "figure", "p"), body.children().stream().map(org.jsoup.nodes.Element::tagName).toList(),
                "markers of no image (0, 9) are dropped, not shown as text: " + shown);
        assertEquals("Lễ ra quân", body.select("figure figcaption").text());
        assertEquals("Hàng ngũ cán bộ <chiến sĩ>", body.select("figure img").attr("alt"));
        assertEquals(src(A), body.select("figure img").attr("src"));
        assertEquals(List.of(IMAGES.get(0)), ImagePlacement.unplaced(stored, IMAGES), "image 1 is not placed: after the lead");
        assertEquals(IMAGES, ImagePlacement.unplaced(null, IMAGES));
        assertEquals("<p>Chữ</p>", ImagePlacement.body("<p>Chữ</p>", IMAGES, ImagePlacementTest::src), "no marker, as stored");
        assertEquals("", ImagePlacement.body(null, IMAGES, ImagePlacementTest::src));
        assertEquals("", ImagePlacement.inEditor(null, IMAGES, ImagePlacementTest::src));
        assertEquals("", ImagePlacement.fromEditor(null, List.of(A)));
    }

    @Test
    void aFigureWithoutCaptionHasNoEmptyCaptionAndAMissingAltIsEmpty() {
        org.jsoup.nodes.Element bare = ImagePlacement.figure(new vn.provportal.content.entity.ImageUse(A, " ", null),
                ImagePlacementTest::src);
        assertTrue(bare.select("figcaption").isEmpty(), "a blank caption is no caption");
        assertEquals("", bare.select("img").attr("alt"));
        assertEquals("lazy", bare.select("img").attr("loading"));
        org.jsoup.nodes.Element captioned = ImagePlacement.figure(new vn.provportal.content.entity.ImageUse(A, "Toàn cảnh", "Hội trường"),
                ImagePlacementTest::src);
        assertEquals("Toàn cảnh", captioned.select("figcaption").text());
        assertEquals("Hội trường", captioned.select("img").attr("alt"));
    }

    @Test
    void anArticlesOwnImagesArePlacedByTheirPosition() {
        vn.provportal.content.entity.Article article = new vn.provportal.content.entity.Article("Bài có ảnh", null,
                "<p>[[anh-2]]</p><p>Chữ</p>", null, null, java.time.Instant.EPOCH);
        article.useImages(IMAGES, null, java.time.Instant.EPOCH);
        assertTrue(ImagePlacement.body(article, ImagePlacementTest::src).startsWith("<figure"));
        assertEquals(List.of(A), ImagePlacement.unplaced(article).stream().map(i -> i.getMediaSha256()).toList());
        vn.provportal.content.entity.Article plain = new vn.provportal.content.entity.Article("Bài không ảnh", null, null,
                null, null, java.time.Instant.EPOCH);
        assertEquals("", ImagePlacement.body(plain, ImagePlacementTest::src));
        assertEquals(List.of(), ImagePlacement.unplaced(plain));
    }
}
