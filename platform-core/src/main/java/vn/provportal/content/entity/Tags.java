package vn.provportal.content.entity;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.provportal.platform.Nfc;

/** An article's tags as typed ("an ninh, Hưng Yên, an ninh") kept as one tidy comma-separated list. */
final class Tags {

    static final int MAX = 10;
    static final int MAX_LENGTH = 60;

    private Tags() {
    }

    static String normalize(String typed) {
        List<String> tags = split(Nfc.normalize(typed));
        Set<String> seen = new LinkedHashSet<>();
        StringBuilder out = new StringBuilder();
        for (String tag : tags) {
            String t = tag.length() > MAX_LENGTH ? tag.substring(0, MAX_LENGTH).strip() : tag;
            if (seen.size() < MAX && seen.add(t.toLowerCase(Locale.ROOT))) {
                out.append(out.length() == 0 ? "" : ", ").append(t);
            }
        }
        return out.length() == 0 ? null : out.toString();
    }

    static List<String> split(String tags) {
        if (tags == null || tags.isBlank()) {
            return List.of();
        }
        return Arrays.stream(tags.split("[,;]")).map(t -> t.strip().replaceAll("\\s+", " "))
                .filter(t -> !t.isEmpty()).toList();
    }
}
