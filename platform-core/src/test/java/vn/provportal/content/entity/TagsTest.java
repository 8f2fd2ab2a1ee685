package vn.provportal.content.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tags as editors type them: commas or semicolons, spaces tidied, duplicates (any case) once, at most 10 of 60 characters. */
class TagsTest {

    @Test
    void typedTagsAreTidiedIntoOneList() {
        assertEquals("an ninh, Hưng Yên, giao thông", Tags.normalize(" an   ninh ;Hưng Yên,, AN NINH , giao thông;"));
        assertEquals(List.of("a b", "c"), Tags.split("a \t b;c"));
        assertNull(Tags.normalize("  , ; "), "nothing typed is no tags, not an empty string");
        assertNull(Tags.normalize(null));
        assertEquals(List.of(), Tags.split("   "));
    }

    @Test
    void tenTagsOfSixtyCharactersAtMost() {
        String many = String.join(",", java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(i -> "thẻ " + i).toList());
        assertEquals(Tags.MAX, Tags.normalize(many).split(", ").length);
        assertEquals("thẻ 10", Tags.normalize(many).split(", ")[9]);
        String long61 = "x".repeat(59) + " yy";
        assertEquals("x".repeat(59), Tags.normalize(long61), "cut to 60 and stripped");
        assertEquals(Tags.MAX_LENGTH, Tags.normalize("y".repeat(80)).length());
    }

    @Test
    void decomposedVietnameseIsStoredComposed() {
        String nfd = java.text.Normalizer.normalize("lừa đảo", java.text.Normalizer.Form.NFD);
        assertEquals("lừa đảo", Tags.normalize(nfd));
        assertEquals("lừa đảo", Tags.normalize("lừa đảo, " + nfd), "the same tag twice, once");
    }
}
