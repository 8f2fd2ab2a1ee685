package vn.provportal.content.entity;

import java.util.regex.Pattern;

/** The readable, stable last part of an article's URL: lower-case ASCII words joined by hyphens. */
public record Slug(String value) {

    public static final int MAX_LENGTH = 200;
    private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Slug {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("Đường dẫn không hợp lệ / invalid slug: " + value);
        }
    }

    public static boolean isWellFormed(String candidate) {
        return candidate != null && !candidate.isEmpty() && candidate.length() <= MAX_LENGTH
                && FORM.matcher(candidate).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
