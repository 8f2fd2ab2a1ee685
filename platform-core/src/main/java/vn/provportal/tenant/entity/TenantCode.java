package vn.provportal.tenant.entity;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A province's code as it appears in URLs, hostnames and the Keycloak group path: lower-case ASCII words
 * joined by hyphens, such as {@code hung-yen}. Words the platform's own URLs use are refused.
 */
public record TenantCode(String value) {

    private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Set<String> RESERVED = Set.of(
            "admin", "api", "static", "media", "resources", "errors", "views", "jakarta.faces.resource",
            "www", "login", "logout", "callback", "openapi", "health", "metrics", "tim-kiem", "rss",
            "sitemap", "sitemap.xml", "robots.txt", "favicon.ico");

    public TenantCode {
        if (value == null || value.length() < 2 || value.length() > 40 || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("Mã tỉnh không hợp lệ / invalid province code: " + value);
        }
        if (RESERVED.contains(value)) {
            throw new IllegalArgumentException("Mã tỉnh là từ dành riêng / reserved province code: " + value);
        }
    }

    /** Whether a path segment could be a province code at all, without throwing. */
    public static boolean isWellFormed(String candidate) {
        return candidate != null && candidate.length() <= 40 && FORM.matcher(candidate).matches()
                && !RESERVED.contains(candidate);
    }

    @Override
    public String toString() {
        return value;
    }
}
