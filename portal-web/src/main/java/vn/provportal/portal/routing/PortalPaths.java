package vn.provportal.portal.routing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import vn.provportal.platform.VietnamTime;
import vn.provportal.tenant.boundary.CurrentTenant;
import vn.provportal.tenant.entity.Tenant;

/**
 * How this request addresses its province: base {@code ""} when reached through the province's own
 * hostname, {@code "/hung-yen"} through the path prefix. Every link a page shows is built here, so the
 * same page works under both forms.
 */
@Named("portal")
@RequestScoped
public class PortalPaths {

    @Inject
    CurrentTenant currentTenant;

    private String base = "";
    private String relativePath = "/";
    private String origin = "";
    private boolean english;
    private String parameter;

    void resolved(String base, String relativePath, HttpServletRequest request) {
        this.base = base;
        this.relativePath = relativePath;
        this.origin = origin(!base.isEmpty(), request);
    }

    /**
     * Where absolute links point. Never at a host the request merely claims: a request through the path prefix can
     * carry any {@code Host} header, so its links use {@code PROVPORTAL_PORTAL_URL} (or the request's host when it
     * is the configured portal host); a request through a province's own hostname was routed because that hostname
     * is configured, and keeps it with the portal URL's scheme and port. An unknown host gets relative links.
     */
    private static String origin(boolean byPrefix, HttpServletRequest request) {
        var config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        java.util.Optional<java.net.URI> portal = config.getOptionalValue("provportal.portal.url", String.class)
                .filter(url -> !url.isBlank()).map(url -> java.net.URI.create(url.strip().replaceAll("/+$", "")));
        String portalHost = config.getOptionalValue("provportal.portal.host", String.class).orElse("localhost");
        if (byPrefix) {
            if (portal.isPresent()) {
                return portal.get().toString();
            }
            return request.getServerName().equalsIgnoreCase(portalHost) ? requestOrigin(request) : "";
        }
        return portal.map(p -> p.getScheme() + "://" + request.getServerName() + (p.getPort() < 0 ? "" : ":" + p.getPort()))
                .orElseGet(() -> requestOrigin(request));
    }

    private static String requestOrigin(HttpServletRequest request) {
        int port = request.getServerPort();
        boolean defaultPort = port == 80 && "http".equals(request.getScheme())
                || port == 443 && "https".equals(request.getScheme());
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }

    void routed(boolean english, String parameter) {
        this.english = english;
        this.parameter = parameter;
    }

    /** What the route's path carries: an article or category slug, a page slug, an image hash. */
    public String getParameter() {
        return parameter;
    }

    /** The province of this request, or null on the platform's own pages. */
    public Tenant getProvince() {
        return currentTenant.isResolved() ? currentTenant.get() : null;
    }

    public boolean isEnglish() {
        return english;
    }

    public Locale getLocale() {
        return english ? Locale.ENGLISH : Locale.forLanguageTag("vi");
    }

    public String getLanguage() {
        return english ? "en" : "vi";
    }

    public String getBase() {
        return base;
    }

    public String getRelativePath() {
        return relativePath;
    }

    /** The province's home, ending in a slash. */
    public String getHome() {
        return base + "/";
    }

    public String getSearch() {
        return base + "/tim-kiem";
    }

    public String getFeed() {
        return base + "/rss";
    }

    public String getSitemap() {
        return base + "/so-do-trang";
    }

    public String getStatistics() {
        return base + "/thong-ke";
    }

    public String getEnglishHome() {
        return base + "/en/";
    }

    public String article(String slug) {
        return base + "/tin-tuc/" + slug;
    }

    public String print(String slug) {
        return article(slug) + "/in";
    }

    public String comment(String slug) {
        return article(slug) + "/binh-luan";
    }

    public String category(String slug) {
        return base + "/chuyen-muc/" + slug;
    }

    public String categoryPage(String slug, int page) {
        return page <= 1 ? category(slug) : category(slug) + "?trang=" + page;
    }

    public String categoryFeed(String slug) {
        return category(slug) + "/rss";
    }

    public String page(String slug) {
        return base + "/trang/" + slug;
    }

    public String englishPage(String slug) {
        return base + "/en/" + slug;
    }

    public String media(String sha256) {
        return base + "/media/" + sha256;
    }

    /** The scaled copies of an image for {@code srcset}; a width the image lacks is served by the original. */
    public String srcset(String sha256) {
        return vn.provportal.media.control.Derivatives.WIDTHS.stream()
                .map(w -> media(sha256) + "?w=" + w + " " + w + "w")
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** A province-relative menu or banner link ("/trang/gioi-thieu") or an absolute one, unchanged. */
    public String link(String target) {
        return target != null && target.startsWith("/") ? base + target : target;
    }

    /** An absolute URL for canonical links, feeds, sitemaps and share buttons. */
    public String absolute(String path) {
        return origin + path;
    }

    public String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public String date(Instant instant) {
        return VietnamTime.date(instant);
    }

    public String dateTime(Instant instant) {
        return VietnamTime.dateTime(instant);
    }

    public String isoDateTime(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
