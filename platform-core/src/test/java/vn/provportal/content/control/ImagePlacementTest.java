package vn.provportal.content.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
