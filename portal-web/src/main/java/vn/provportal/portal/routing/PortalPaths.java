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

    /** The query parameter of an image address on a preview page. */
    public static final String PREVIEW_PARAMETER = "xem-truoc";

    @Inject
    CurrentTenant currentTenant;

    @Inject
    PortalOrigin portalOrigin;

    private String base = "";
    private String relativePath = "/";
    private String origin = "";
    private boolean english;
    private String parameter;
    private String previewToken;
    private String query;

    void resolved(String base, String relativePath, HttpServletRequest request) {
        this.base = base;
        this.relativePath = relativePath;
        this.query = request.getQueryString();
        this.origin = portalOrigin.of(!base.isEmpty(), request);
    }

    /**
     * The old addresses this request may be, most specific first, for the redirect table: with its query (an old site's
     * {@code /?p=102}, NukeViet's {@code /index.php?nv=news&op=…}), as it is, and with or without its last slash.
     */
    java.util.List<String> oldAddresses() {
        java.util.List<String> candidates = new java.util.ArrayList<>();
        withQuery().ifPresent(candidates::add);
        candidates.add(relativePath);
        if (relativePath.length() > 1) {
            candidates.add(relativePath.endsWith("/") ? relativePath.substring(0, relativePath.length() - 1) : relativePath + "/");
        }
        return candidates;
    }

    /** This request's province-relative address with its query, when it has one ({@code /?p=102}). */
    java.util.Optional<String> withQuery() {
        return query == null || query.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(relativePath + "?" + query);
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

    public String getSchedule() {
        return base + "/lich-cong-tac";
    }

    public String getQuestions() {
        return base + "/hoi-dap";
    }

    public String question(long id) {
        return getQuestions() + "/" + id;
    }

    public String getQuestionAsk() {
        return getQuestions() + "/gui";
    }

    public String getQuestionTrack() {
        return getQuestions() + "/tra-cuu";
    }

    public String getDocuments() {
        return base + "/van-ban";
    }

    public String document(String slug) {
        return getDocuments() + "/" + slug;
    }

    public String documentFile(long id) {
        return getDocuments() + "/tep/" + id;
    }

    public String getConsultations() {
        return base + "/gop-y-du-thao";
    }

    public String consultation(String slug) {
        return getConsultations() + "/" + slug;
    }

    public String consultationOpinion(String slug) {
        return consultation(slug) + "/gop-y";
    }

    public String consultationDraft(String slug) {
        return consultation(slug) + "/du-thao";
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

    /** A stored image; on a preview page it carries the preview link, which lets a draft's images be seen. */
    public String media(String sha256) {
        return base + "/media/" + sha256 + (previewToken == null ? ""
                : "?" + PREVIEW_PARAMETER + "=" + URLEncoder.encode(previewToken, StandardCharsets.UTF_8));
    }

    /** This page shows a draft through the preview link {@code token}. */
    public void previewing(String token) {
        this.previewToken = token;
    }

    /** True on a preview page: its image addresses carry the preview link's token. */
    public boolean isPreviewing() {
        return previewToken != null;
    }

    /** The scaled copies of an image for {@code srcset}; a width the image lacks is served by the original. */
    public String srcset(String sha256) {
        String withWidth = media(sha256) + (previewToken == null ? "?w=" : "&w=");
        return vn.provportal.media.control.Derivatives.WIDTHS.stream()
                .map(w -> withWidth + w + " " + w + "w")
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

    /** A list's page number as typed in {@code trang}: 1 for nothing or junk, at most 1000. */
    public static int pageNumber(String typed) {
        try {
            return typed == null ? 1 : Math.max(1, Math.min(1000, Integer.parseInt(typed)));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** A calendar day as dd/MM/yyyy; empty for none. */
    public String day(java.time.LocalDate day) {
        return day == null ? "" : VietnamTime.date(day);
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
