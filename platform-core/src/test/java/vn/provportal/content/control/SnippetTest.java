package vn.provportal.content.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetTest {

    @Test
    void marksWordsTypedWithoutDiacriticsInTheOriginalText() {
        String html = Snippet.html("Công an tỉnh đảm bảo an ninh trật tự.", List.of("dam", "bao", "an", "ninh"));
        assertEquals("Công <mark>an</mark> tỉnh <mark>đảm</mark> <mark>bảo</mark> <mark>an</mark> <mark>ninh</mark> trật tự.",
                html);
    }

    @Test
    void onlyWholeWordsAreMarkedAndMarkupIsEscaped() {
        String html = Snippet.html("<b>ban</b> an", List.of("an"));
        assertEquals("&lt;b&gt;ban&lt;/b&gt; <mark>an</mark>", html);
    }

    @Test
    void longTextIsCutAroundTheFirstHit() {
        String text = "mở đầu ".repeat(100) + "ma túy" + " kết thúc".repeat(100);
        String html = Snippet.html(text, List.of("ma", "tuy"));
        assertTrue(html.startsWith("… ") && html.endsWith(" …"), html);
        assertTrue(html.contains("<mark>ma</mark> <mark>túy</mark>"), html);
        assertTrue(html.length() < 400, "length " + html.length());
    }

    @Test
    void everyVietnameseLetterIsFoldedToItsBaseLetter() {
        assertEquals("aaaaaa aaaaaa aaaaaa eeeeee eeeeee iiiiii oooooo oooooo oooooo uuuuuu uuuuuu yyyyyy dd",
                Snippet.fold("aàáảãạ ăằắẳẵặ âầấẩẫậ eèéẻẽẹ êềếểễệ iìíỉĩị oòóỏõọ ôồốổỗộ ơờớởỡợ uùúủũụ ưừứửữự yỳýỷỹỵ đĐ"));
        assertEquals("aaaaaa aaaaaa aaaaaa eeeeee eeeeee iiiiii oooooo oooooo oooooo uuuuuu uuuuuu yyyyyy",
                Snippet.fold("AÀÁẢÃẠ ĂẰẮẲẴẶ ÂẦẤẨẪẬ EÈÉẺẼẸ ÊỀẾỂỄỆ IÌÍỈĨỊ OÒÓỎÕỌ ÔỒỐỔỖỘ ƠỜỚỞỠỢ UÙÚỦŨỤ ƯỪỨỬỮỰ YỲÝỶỸỴ"));
        assertEquals("dau 😀 ω", Snippet.fold("Dấu 😀 Ω"), "characters beyond Vietnamese's, surrogate pairs too, kept one for one");
    }
}
