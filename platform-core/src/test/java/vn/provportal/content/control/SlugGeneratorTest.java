package vn.provportal.content.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class SlugGeneratorTest {

    @Test
    void dStrokeBecomesDNotAHyphen() {
        assertEquals("da-nang", SlugGenerator.slugOf("Đà Nẵng").value());
        assertEquals("duong-doi", SlugGenerator.slugOf("đường đời").value());
    }

    @Test
    void referenceTitleGivesReadableSlug() {
        assertEquals("tong-ket-cong-tac-to-chuc-ngay-hoi-toan-dan-bao-ve-an-ninh-to-quoc-nam-2022",
                SlugGenerator.slugOf("Tổng kết công tác tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2022")
                        .value());
    }

    @Test
    void decomposedInputGivesTheSameSlugAsComposed() {
        String title = "Bảo đảm an ninh trật tự Hưng Yên";
        assertEquals(SlugGenerator.slugOf(Normalizer.normalize(title, Normalizer.Form.NFC)),
                SlugGenerator.slugOf(Normalizer.normalize(title, Normalizer.Form.NFD)));
    }

    @Test
    void punctuationCollapsesAndEdgesAreTrimmed() {
        assertEquals("chuong-trinh-2021-2025-ket-qua",
                SlugGenerator.slugOf("  “Chương trình” 2021 – 2025: kết quả!  ").value());
    }

    @Test
    void longTitlesAreCutAtAWordBoundary() {
        String slug = SlugGenerator.slugOf("an ninh trật tự ".repeat(40)).value();
        assertTrue(slug.length() <= 200, slug);
        assertTrue(java.util.Arrays.stream(slug.split("-")).allMatch(java.util.Set.of("an", "ninh", "trat", "tu")::contains),
                "every part is a whole word: " + slug);
    }

    @Test
    void titleWithoutLettersOrDigitsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SlugGenerator.slugOf("!!! ???"));
    }

    @Test
    void aTakenAddressGetsANumberAndStaysWithinTwoHundredCharacters() {
        assertEquals("tin-moi-2", SlugGenerator.numbered(new vn.provportal.content.entity.Slug("tin-moi"), 2).value());
        String longest = "a".repeat(97) + "-" + "b".repeat(102);
        assertEquals(200, longest.length());
        String numbered = SlugGenerator.numbered(new vn.provportal.content.entity.Slug(longest), 12).value();
        assertEquals(200, numbered.length(), numbered);
        assertTrue(numbered.endsWith("b-12"));
        String atHyphen = "a".repeat(197) + "-bb";
        assertEquals("a".repeat(197) + "-3", SlugGenerator.numbered(new vn.provportal.content.entity.Slug(atHyphen), 3).value(),
                "cut where a hyphen would end the stem: no double hyphen");
        assertEquals("a".repeat(198), SlugGenerator.slugOf("a".repeat(198)).value());
        assertEquals(200, SlugGenerator.slugOf("a".repeat(200)).value().length(), "200 is allowed");
        assertEquals("x".repeat(199), SlugGenerator.slugOf("x".repeat(199) + " y" + " z".repeat(5)).value(),
                "past 200 the cut goes back to a word boundary");
        assertEquals("bai-viet", SlugGenerator.slugOf("„“”", "bai-viet").value(), "symbols only: the fallback");
    }
}
