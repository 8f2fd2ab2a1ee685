package vn.provportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.provportal.testing.Bundles;

/**
 * Refusals speak the user's language (#13): what a refusal says lives in {@code refusals.properties} (Vietnamese)
 * and {@code refusals_en.properties}, not in Java literals; every key the code names exists in both with the same
 * blanks, and the blanks are filled as written (a year is 2026, not 2.026).
 */
class RefusalsTest {

    /** A refusal key as the code names it: InvalidInput.of("…"), and the keys given to RateLimited/EditConflict. */
    private static final Pattern NAMED = Pattern.compile("(?:InvalidInput\\.of\\(\\s*|RateLimited\\([^;]*?|EditConflict\\([^;]*?)"
            + "\"([a-z]+\\.[a-z0-9.-]+)\"");
    private static final List<Path> SOURCES = List.of(Path.of("src/main/java"), Path.of("../portal-web/src/main/java"),
            Path.of("../tenant-admin/src/main/java"));

    private static Properties bundle(String name) {
        return Bundles.load("/vn/provportal/platform/" + name);
    }

    private static List<String> sources() {
        return Bundles.javaSources(SOURCES.toArray(Path[]::new));
    }

    @Test
    void everyRefusalTheCodeNamesIsInBothLanguagesWithTheSameBlanks() throws IOException {
        Properties vi = bundle("refusals.properties");
        Properties en = bundle("refusals_en.properties");
        assertEquals(vi.stringPropertyNames(), en.stringPropertyNames(), "the same keys in both languages");
        for (String key : vi.stringPropertyNames()) {
            for (Properties language : List.of(vi, en)) {
                // each language takes the blanks it needs (an English field name where Vietnamese has its own)
                String filled = new java.text.MessageFormat(language.getProperty(key)).format(
                        new Object[] {"«0»", "«1»", "«2»", "«3»", "«4»", "«5»"});
                assertEquals(Bundles.blanks(language.getProperty(key)).size(), filled.split("«", -1).length - 1, key + ": " + filled);
            }
        }
        Set<String> named = Bundles.keysNamed(NAMED, sources());
        assertTrue(named.size() > 80, "the code names its refusals: " + named.size());
        Set<String> missing = new TreeSet<>(named);
        missing.removeAll(vi.stringPropertyNames());
        assertEquals(Set.of(), missing, "named in the code, missing from refusals.properties");
    }

    @Test
    void noRefusalIsALiteralInJava() throws IOException {
        for (String text : sources()) {
            assertFalse(text.contains("new InvalidInput(\"") || text.contains("InvalidInput(\"Không"),
                    "a refusal built from literals: " + text.substring(0, Math.min(200, text.length())));
        }
    }

    @Test
    void aRefusalSaysItInTheUsersLanguageWithItsBlanksFilledAsWritten() {
        InvalidInput year = InvalidInput.of("stats.invalid-year", 20261);
        assertEquals("Năm không hợp lệ: 20261", year.messageVi());
        assertEquals("Năm không hợp lệ: 20261", year.getMessage());
        assertEquals("Invalid year: 20261", year.messageEn());
        assertEquals("Invalid year: 20261", year.message(Locale.ENGLISH));
        assertEquals("Năm không hợp lệ: 20261", year.message(Locale.forLanguageTag("vi")));
        InvalidInput conflict = InvalidInput.of("content.choose-your-version-s", "lan", "Sapo");
        assertTrue(conflict.messageEn().contains("lan's"), conflict.messageEn());
        RateLimited limited = new RateLimited(java.time.Duration.ofSeconds(30), "comment.too-many");
        assertEquals(30, limited.retryAfterSeconds());
        assertTrue(limited.messageVi().startsWith("Bạn đã gửi quá nhiều bình luận"), limited.messageVi());
    }
}
