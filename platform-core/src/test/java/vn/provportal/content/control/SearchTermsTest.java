package vn.provportal.content.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void decomposedInputBecomesTheComposedWordsStoredTextUses() {
        String nfd = Normalizer.normalize("bảo vệ an ninh", Normalizer.Form.NFD);
        assertEquals(List.of("bảo", "vệ", "an", "ninh"), SearchTerms.parse(nfd).words());
        assertEquals("+bảo +vệ +an +ninh", SearchTerms.parse(nfd).booleanQuery(""));
    }

    @Test
    void operatorsAndMarkupNeverReachTheQuery() {
        SearchTerms terms = SearchTerms.parse("\"><script>alert(1)</script> +x -y *z @w ~v");
        assertTrue(terms.words().stream().allMatch(w -> w.matches("[\\p{L}\\p{N}]+")), terms.words().toString());
        assertEquals("+kp1script +kp1alert +kp11 +kp1script +kp1x +kp1y +kp1z +kp1w +kp1v", terms.booleanQuery("kp1"));
    }

    @Test
    void hugeInputIsCutToAFewWords() {
        SearchTerms terms = SearchTerms.parse("an ninh ".repeat(5_000));
        assertEquals(SearchTerms.MAX_WORDS, terms.words().size());
        assertTrue(SearchTerms.parse("   ").isEmpty());
        assertTrue(SearchTerms.parse(null).isEmpty());
    }
}
