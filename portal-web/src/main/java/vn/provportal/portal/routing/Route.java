package vn.provportal.portal.routing;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The page a province-relative path asks for, with the path parameter it carries. */
record Route(Page page, String parameter) {

    enum Page {
        HOME("/views/home.xhtml"),
        ARTICLE("/views/article.xhtml"),
        SEARCH("/views/search.xhtml"),
        MEDIA("/media-file");

        final String target;

        Page(String target) {
            this.target = target;
        }
    }

    private static final Pattern ARTICLE = Pattern.compile("/tin-tuc/([a-z0-9-]{1,200})");
    private static final Pattern MEDIA = Pattern.compile("/media/([0-9a-f]{64})");

    /** Empty for a path no page answers: the caller responds 404. */
    static Optional<Route> of(String relativePath) {
        if (relativePath.equals("/")) {
            return Optional.of(new Route(Page.HOME, null));
        }
        if (relativePath.equals("/tim-kiem")) {
            return Optional.of(new Route(Page.SEARCH, null));
        }
        Matcher article = ARTICLE.matcher(relativePath);
        if (article.matches()) {
            return Optional.of(new Route(Page.ARTICLE, article.group(1)));
        }
        Matcher media = MEDIA.matcher(relativePath);
        if (media.matches()) {
            return Optional.of(new Route(Page.MEDIA, media.group(1)));
        }
        return Optional.empty();
    }
}
