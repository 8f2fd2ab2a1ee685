package vn.provportal.portal.routing;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page a province-relative path asks for, with the path parameter it carries. The whole URL scheme of
 * a province's portal is this table (README, "URL scheme").
 */
record Route(Page page, String parameter) {

    enum Page {
        HOME("/", "/views/home.xhtml", false),
        ARTICLE("/tin-tuc/{slug}", "/views/article.xhtml", false),
        PRINT("/tin-tuc/{slug}/in", "/views/print.xhtml", false),
        COMMENT("/tin-tuc/{slug}/binh-luan", "/comment-post", true),
        CATEGORY("/chuyen-muc/{slug}", "/views/category.xhtml", false),
        CATEGORY_FEED("/chuyen-muc/{slug}/rss", "/feed", false),
        FEED("/rss", "/feed", false),
        SEARCH("/tim-kiem", "/views/search.xhtml", false),
        PAGE("/trang/{slug}", "/views/page.xhtml", false),
        ENGLISH_HOME("/en/", "/views/english.xhtml", false),
        ENGLISH_PAGE("/en/{slug}", "/views/page.xhtml", false),
        SITEMAP_XML("/sitemap.xml", "/sitemap-xml", false),
        SITEMAP("/so-do-trang", "/views/sitemap.xhtml", false),
        STATISTICS("/thong-ke", "/views/statistics.xhtml", false),
        SCHEDULE("/lich-cong-tac", "/views/schedule.xhtml", false),
        QUESTIONS("/hoi-dap", "/views/questions.xhtml", false),
        QUESTION_ASK("/hoi-dap/gui", "/question-post", true),
        QUESTION_TRACK("/hoi-dap/tra-cuu", "/views/question-track.xhtml", false),
        QUESTION("/hoi-dap/{id}", "/views/question.xhtml", false),
        DOCUMENTS("/van-ban", "/views/documents.xhtml", false),
        DOCUMENT_FILE("/van-ban/tep/{id}", "/document-file", false),
        DOCUMENT("/van-ban/{slug}", "/views/document.xhtml", false),
        CONSULTATIONS("/gop-y-du-thao", "/views/consultations.xhtml", false),
        CONSULTATION_OPINION("/gop-y-du-thao/{slug}/gop-y", "/consultation-post", true),
        CONSULTATION_DRAFT("/gop-y-du-thao/{slug}/du-thao", "/consultation-draft", false),
        CONSULTATION("/gop-y-du-thao/{slug}", "/views/consultation.xhtml", false),
        VOTE("/danh-gia", "/vote", true),
        STATISTICS_CSV("/thong-ke/xu-ly.csv", "/stats-csv", false),
        MEDIA("/media/{sha256}", "/media-file", false),
        PREVIEW("/xem-truoc/{token}", "/views/preview.xhtml", false);

        final Pattern pattern;
        final String target;
        final boolean post;

        Page(String template, String target, boolean post) {
            this.pattern = Pattern.compile(template
                    .replace("{slug}", "([a-z0-9]+(?:-[a-z0-9]+)*)")
                    .replace("{sha256}", "([0-9a-f]{64})")
                    .replace("{id}", "([1-9][0-9]{0,17})")
                    .replace("{token}", "([A-Za-z0-9_-]{43})"));
            this.target = target;
            this.post = post;
        }

        boolean isEnglish() {
            return this == ENGLISH_HOME || this == ENGLISH_PAGE;
        }
    }

    private static final List<Page> PAGES = List.of(Page.values());

    /** Empty for a path no page answers: the caller tries the redirect table, then answers 404. */
    static Optional<Route> of(String relativePath) {
        if (relativePath.length() > 300) {
            return Optional.empty();
        }
        for (Page page : PAGES) {
            Matcher m = page.pattern.matcher(relativePath);
            if (m.matches()) {
                return Optional.of(new Route(page, m.groupCount() > 0 ? m.group(1) : null));
            }
        }
        return Optional.empty();
    }
}
