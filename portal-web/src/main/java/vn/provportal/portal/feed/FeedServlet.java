package vn.provportal.portal.feed;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import vn.provportal.content.boundary.Articles;
import vn.provportal.content.entity.Article;
import vn.provportal.content.entity.Category;
import vn.provportal.portal.routing.NotFound;
import vn.provportal.portal.routing.PortalPaths;
import vn.provportal.tenant.boundary.CurrentTenant;

/** RSS 2.0 of the province's latest articles, or of one category's ({@code /chuyen-muc/<slug>/rss}). */
@WebServlet("/feed")
public class FeedServlet extends HttpServlet {

    static final int ITEMS = 30;

    @Inject
    Articles articles;

    @Inject
    PortalPaths paths;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    NotFound notFound;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String categorySlug = paths.getParameter();
        Optional<Category> category = categorySlug == null ? Optional.empty() : articles.findCategory(categorySlug);
        if (categorySlug != null && category.isEmpty()) {
            notFound.respond(response);
            return;
        }
        List<Article> items = category.map(c -> articles.inCategory(c, 1, ITEMS).items())
                .orElseGet(() -> articles.latestPublished(ITEMS));
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("rss_2.0");
        String province = currentTenant.get().getNameVi();
        feed.setTitle(category.map(c -> c.getName() + " — " + province).orElse(province));
        feed.setLink(paths.absolute(category.map(c -> paths.category(c.getSlug().value())).orElse(paths.getHome())));
        feed.setDescription("Tin tức của " + province);
        feed.setLanguage("vi");
        feed.setEntries(items.stream().map(this::entry).toList());
        response.setContentType("application/rss+xml;charset=UTF-8");
        try {
            new SyndFeedOutput().output(feed, response.getWriter());
        } catch (FeedException e) {
            throw new IOException("feed could not be written", e);
        }
    }

    private SyndEntry entry(Article article) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setTitle(article.getTitle());
        entry.setLink(paths.absolute(paths.article(article.getSlug().value())));
        entry.setUri(entry.getLink());
        entry.setPublishedDate(Date.from(article.getPublishedAt()));
        entry.setAuthor(article.getAuthor());
        SyndContentImpl description = new SyndContentImpl();
        description.setType("text/plain");
        description.setValue(article.getLead());
        entry.setDescription(description);
        return entry;
    }
}
