package vn.provportal.content.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.provportal.platform.Nfc;

/**
 * A citizen's search text turned into a MariaDB boolean full-text query in which every word must occur.
 * Only letters and digits survive, so operators and markup typed into the box are never interpreted.
 * Diacritics are kept: the accent-insensitive collation matches "bao ve" with "bảo vệ".
 * Words are looked up in one province only: each carries the province's key ({@link SearchScope}).
 */
public record SearchTerms(List<String> words) {

    public static final int MAX_INPUT = 200;
    public static final int MAX_WORDS = 12;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    public static SearchTerms parse(String input) {
        List<String> words = new ArrayList<>();
        if (input != null) {
            String text = Nfc.normalize(input.length() > MAX_INPUT ? input.substring(0, MAX_INPUT) : input);
            Matcher matcher = WORD.matcher(text);
            while (matcher.find() && words.size() < MAX_WORDS) {
                words.add(matcher.group());
            }
        }
        return new SearchTerms(List.copyOf(words));
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** Every word required, each with the province's key in front ({@link SearchScope}). */
    public String booleanQuery(String scope) {
        return String.join(" ", words.stream().map(w -> "+" + scope + w).toList());
    }
}
