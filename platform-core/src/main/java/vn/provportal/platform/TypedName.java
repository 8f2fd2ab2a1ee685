package vn.provportal.platform;

import com.ibm.icu.text.SpoofChecker;
import java.util.regex.Pattern;

/**
 * A name people type and others read — a category, a page, a province, a person: stored so that two names
 * that look the same are the same. NFC; zero-width characters and bidirectional controls removed (they
 * hide or reverse text); the Icelandic capital eth {@code Ð} (U+00D0), which keyboards slip in for
 * {@code Đ} (U+0110) and which no reader can tell apart, folded into {@code Đ}; and letters of one script
 * only — "Tin tức" with a Cyrillic {@code і} is refused with the reason (ICU4J {@link SpoofChecker},
 * restriction level "moderately restrictive": Latin with Cyrillic or Greek mixed in fails).
 */
public final class TypedName {

    /** C0/C1 controls, zero-width characters, bidi embeddings, overrides, isolates and marks, the BOM. */
    private static final Pattern INVISIBLE = Pattern.compile(
            "[\\p{Cc}\\u00AD\\u061C\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2069\\uFEFF]");
    private static final SpoofChecker MIXED_SCRIPTS = new SpoofChecker.Builder()
            .setRestrictionLevel(SpoofChecker.RestrictionLevel.MODERATELY_RESTRICTIVE)
            .setChecks(SpoofChecker.RESTRICTION_LEVEL | SpoofChecker.MIXED_NUMBERS).build();

    private TypedName() {
    }

    /**
     * {@code typed} cleaned as above; {@code null} stays {@code null} (whether a name is required is the
     * caller's rule). {@code fieldVi}/{@code fieldEn} name the field in the refusal.
     */
    public static String clean(String typed, String fieldVi, String fieldEn) {
        if (typed == null) {
            return null;
        }
        String name = Nfc.normalize(withoutInvisible(typed).replace('\u00D0', '\u0110'));
        if (MIXED_SCRIPTS.failsChecks(name)) {
            throw InvalidInput.of("platform.mixes-letters-several-scripts", fieldVi, name, fieldEn);
        }
        return name;
    }

    /** {@code text} without control, zero-width and bidirectional-control characters (file names use it too). */
    public static String withoutInvisible(String text) {
        return INVISIBLE.matcher(text).replaceAll("");
    }
}
