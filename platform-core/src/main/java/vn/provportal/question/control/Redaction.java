package vn.provportal.question.control;

import java.util.regex.Pattern;

/**
 * What a question must not show the public about its asker or anyone else: e-mail addresses, phone numbers
 * (0912 345 678, 0912.345.678, +84 912 345 678, (024) 3826 4567) and identity numbers (a 12-digit citizen ID, a
 * 9-digit old ID card) are replaced by {@link #HIDDEN}. Years, article numbers and amounts stay.
 */
public final class Redaction {

    public static final String HIDDEN = "[đã ẩn]";

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.\\p{L}{2,}");
    /** A number written with at most one space, dot or dash between its digit groups, as Vietnamese numbers are. */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\p{N}])(?:\\+84|0084|\\(0\\d{1,3}\\)|0)[ .-]?\\d{2,4}(?:[ .-]?\\d{2,4}){1,3}(?![\\p{N}])");
    private static final Pattern ID_NUMBER = Pattern.compile("(?<![\\p{N}])(?:\\d{12}|\\d{9})(?![\\p{N}])");

    private Redaction() {
    }

    public static String redact(String text) {
        if (text == null) {
            return null;
        }
        String hidden = EMAIL.matcher(text).replaceAll(HIDDEN);
        hidden = PHONE.matcher(hidden).replaceAll(m -> digits(m.group()) >= 9 ? HIDDEN : m.group());
        return ID_NUMBER.matcher(hidden).replaceAll(HIDDEN);
    }

    private static int digits(String text) {
        return (int) text.chars().filter(Character::isDigit).count();
    }
}
