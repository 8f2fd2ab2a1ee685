package vn.provportal.portal.page;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import vn.provportal.page.boundary.StaticPages;
import vn.provportal.page.entity.StaticPage;
import vn.provportal.portal.routing.NotFound;
import vn.provportal.portal.routing.PortalPaths;

/** A province's fixed pages: {@code /trang/<slug>} in Vietnamese, {@code /en/<slug>} in English. */
@Named
@RequestScoped
public class PageBacking {

    @Inject
    StaticPages pages;

    @Inject
    PortalPaths paths;

    @Inject
    NotFound notFound;

    private StaticPage page;
    private List<StaticPage> inLanguage;

    public void load() throws IOException {
        page = pages.find(paths.getLanguage(), paths.getParameter()).orElse(null);
        if (page == null) {
            notFound.respondInFaces();
        }
    }

    public StaticPage getPage() {
        return page;
    }

    /** The pages of this request's language, for the English home and the HTML sitemap. */
    public List<StaticPage> getPages() {
        if (inLanguage == null) {
            inLanguage = pages.inLanguage(paths.getLanguage());
        }
        return inLanguage;
    }

    public String link(StaticPage p) {
        return "en".equals(p.getLanguage()) ? paths.englishPage(p.getSlug().value()) : paths.page(p.getSlug().value());
    }
}
