package vn.provportal.content.control;

import java.text.Normalizer;
import java.util.Locale;
import vn.provportal.content.entity.Slug;

/**
 * Friendly URLs from Vietnamese titles: tone and vowel marks are removed and đ/Đ become d, so
 * "Đà Nẵng" gives {@code da-nang}. (đ is a letter of its own, not d with a combining mark, so Unicode
 * decomposition alone would drop it.)
 */
public final class SlugGenerator {

    private SlugGenerator() {
    }

    /** The {@code n}th address of a title already taken: {@code base-n}, the base cut so that it stays in length. */
    public static Slug numbered(Slug base, int n) {
        String suffix = "-" + n;
        String stem = base.value();
        if (stem.length() + suffix.length() > Slug.MAX_LENGTH) {
            stem = stem.substring(0, Slug.MAX_LENGTH - suffix.length()).replaceAll("-+$", "");
        }
        return new Slug(stem + suffix);
    }

    /** {@code base}, or the first of {@code base-2}, {@code base-3}… that {@code taken} says is free. */
    public static Slug firstFree(Slug base, java.util.function.Predicate<String> taken) {
        Slug candidate = base;
        for (int n = 2; taken.test(candidate.value()); n++) {
            candidate = numbered(base, n);
        }
        return candidate;
    }

    /** As {@link #slugOf(String)}, with {@code fallback} for a text of symbols or another script only. */
    public static Slug slugOf(String text, String fallback) {
        try {
            return slugOf(text);
        } catch (IllegalArgumentException e) {
            return new Slug(fallback);
        }
    }

    public static Slug slugOf(String title) {
        if (title == null) {
            throw new IllegalArgumentException("Tiêu đề trống / empty title");
        }
        String ascii = Normalizer.normalize(title.replace('đ', 'd').replace('Đ', 'D').replace('Ð', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+)|(-+$)", "");
        if (slug.length() > Slug.MAX_LENGTH) {
            slug = slug.substring(0, Slug.MAX_LENGTH);
            int lastHyphen = slug.lastIndexOf('-');
            slug = lastHyphen > 0 ? slug.substring(0, lastHyphen) : slug;
        }
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("Tiêu đề không tạo được đường dẫn / title gives no slug: " + title);
        }
        return new Slug(slug);
    }
}
