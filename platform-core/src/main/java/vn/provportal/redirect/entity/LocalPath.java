package vn.provportal.redirect.entity;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import vn.provportal.platform.InvalidInput;

/**
 * A path inside one province's portal that a user may type as where an address leads (an unpublished article's
 * new page, a local menu link): one leading slash, no host, nothing a browser would read as another site. A browser
 * treats {@code //host}, {@code /\host}, and the same with tabs or new lines in between as a link to another host;
 * so are their percent-encoded forms once a server or proxy decodes them. All are refused here, decoded up to three
 * times, rather than recognised one payload at a time.
 */
public record LocalPath(String value) {

    public static final int MAX_LENGTH = 500;

    public LocalPath {
        if (!isSafe(value)) {
            throw InvalidInput.of("redirect.target-must-path-on", printable(value));
        }
        value = URI.create(value).normalize().toString();
    }

    /** Whether {@code candidate} can only lead to a page of the same portal (see the class comment). */
    public static boolean isSafe(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > MAX_LENGTH || !candidate.startsWith("/")) {
            return false;
        }
        String decoded = candidate;
        for (int round = 0; round <= 3; round++) {
            if (decoded.startsWith("//") || decoded.indexOf('\\') >= 0 || decoded.chars().anyMatch(LocalPath::invisible)
                    || decoded.replaceAll("[\\s\\p{Cc}\\p{Cf}]", "").startsWith("//")) {
                return false;
            }
            String next = decode(decoded);
            if (next == null) {
                return false;
            }
            if (next.equals(decoded)) {
                break;
            }
            decoded = next;
        }
        try {
            URI uri = new URI(candidate);
            return uri.getScheme() == null && uri.getRawAuthority() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean invisible(int c) {
        return Character.isISOControl(c) || Character.getType(c) == Character.FORMAT;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String printable(String value) {
        return value == null ? "" : value.replaceAll("\\p{Cc}|\\p{Cf}", "?");
    }

    @Override
    public String toString() {
        return value;
    }
}
