package vn.provportal.platform;

import java.util.Locale;

/**
 * A {@code LIKE} pattern for "contains these words, any case": NFC, lower case, and {@code %}, {@code _} and the
 * backslash taken as characters (the query says {@code ESCAPE '\'}), so "100%" finds "100%" and not everything.
 */
public final class Containing {

    private Containing() {
    }

    public static String pattern(String words) {
        return "%" + Nfc.normalize(words.strip()).toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
