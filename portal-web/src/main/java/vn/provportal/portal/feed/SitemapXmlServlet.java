package vn.provportal.portal.feed;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import vn.provportal.content.boundary.Articles;
import vn.provportal.content.boundary.Categories;
import vn.provportal.page.boundary.StaticPages;
import vn.provportal.portal.routing.PortalPaths;

/**
 * {@code sitemap.xml} of one province (sitemaps.org 0.9): home, categories, fixed pages, the work schedule, questions and
 * answers with each published one, articles.
 */
@WebServlet("/sitemap-xml")
public class SitemapXmlServlet extends HttpServlet {

    static final int MAX_ARTICLES = 5000;
    static final int MAX_QUESTIONS = 1000;
    static final int MAX_DOCUMENTS = 5000;

    @Inject
    Articles articles;

    @Inject
    Categories provinceCategories;

    @Inject
    StaticPages pages;

    @Inject
    PortalPaths paths;

    @Inject
    vn.provportal.question.boundary.Questions questions;

    @Inject
    vn.provportal.document.boundary.LegalDocuments documents;

    @Inject
    vn.provportal.consultation.boundary.Consultations consultations;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/xml;charset=UTF-8");
        PrintWriter out = response.getWriter();
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.println("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
        url(out, paths.getHome(), null);
        provinceCategories.all().forEach(c -> url(out, paths.category(c.getSlug().value()), null));
        pages.inLanguage("vi").forEach(p -> url(out, paths.page(p.getSlug().value()), null));
        pages.inLanguage("en").forEach(p -> url(out, paths.englishPage(p.getSlug().value()), null));
        url(out, paths.getSchedule(), null);
        url(out, paths.getDocuments(), null);
        documents.search(vn.provportal.document.entity.DocumentQuery.ALL, vn.provportal.platform.VietnamTime.today(),
                0, MAX_DOCUMENTS).forEach(d -> url(out, paths.document(d.getSlug()), d.getUpdatedAt().toString().substring(0, 10)));
        url(out, paths.getConsultations(), null);
        consultations.all().forEach(c -> url(out, paths.consultation(c.getSlug()), c.getUpdatedAt().toString().substring(0, 10)));
        url(out, paths.getQuestions(), null);
        questions.published(null, 0, MAX_QUESTIONS).forEach(q -> url(out, paths.question(q.getId()),
                q.getPublishedAt().toString().substring(0, 10)));
        articles.latestPublished(MAX_ARTICLES).forEach(a -> url(out, paths.article(a.getSlug().value()),
                a.getUpdatedAt().toString().substring(0, 10)));
        out.println("</urlset>");
    }

    private void url(PrintWriter out, String path, String lastModified) {
        out.print("  <url><loc>" + escape(paths.absolute(path)) + "</loc>");
        if (lastModified != null) {
            out.print("<lastmod>" + lastModified + "</lastmod>");
        }
        out.println("</url>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
