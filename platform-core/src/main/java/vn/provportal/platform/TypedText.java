package vn.provportal.platform;

/**
 * Text a person typed into a field, as it is kept: invisible characters removed, NFC, Windows line ends made one,
 * trimmed — and checked against the field's limit, refused with the feature's own refusal keys
 * ({@code <prefix>.required}, {@code <prefix>.too-long}) that name the field in both languages.
 */
public final class TypedText {

    private TypedText() {
    }

    /** The tidied text, or null when nothing is left; longer than {@code max}: refused. */
    public static String optional(String typed, int max, String refusals, String fieldVi, String fieldEn) {
        if (typed == null) {
            return null;
        }
        String value = tidy(typed);
        if (value.length() > max) {
            throw InvalidInput.of(refusals + ".too-long", fieldVi, value.length(), max, fieldEn);
        }
        return value.isEmpty() ? null : value;
    }

    /** Invisible characters removed, line breaks kept (as {@code \\n}), NFC, trimmed. */
    public static String tidy(String typed) {
        String[] lines = typed.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder text = new StringBuilder(typed.length());
        for (int i = 0; i < lines.length; i++) {
            text.append(i == 0 ? "" : "\n").append(TypedName.withoutInvisible(lines[i]));
        }
        return Nfc.normalize(text.toString()).strip();
    }

    /** As {@link #optional}, and refused when nothing is left. */
    public static String required(String typed, int max, String refusals, String fieldVi, String fieldEn) {
        String value = optional(typed, max, refusals, fieldVi, fieldEn);
        if (value == null) {
            throw InvalidInput.of(refusals + ".required", fieldVi, fieldEn);
        }
        return value;
    }
}
