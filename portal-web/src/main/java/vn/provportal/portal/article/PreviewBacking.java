package vn.provportal.portal.article;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.provportal.content.boundary.PreviewLinks;
import vn.provportal.portal.routing.NotFound;
import vn.provportal.portal.routing.PortalPaths;

/**
 * "Xem trước": a not-yet-published article shown as citizens will see it, to whoever holds a valid preview
 * link. Never cached, never indexed, not counted as a view; an expired, revoked or unknown link is a 404.
 */
@Named
@RequestScoped
public class PreviewBacking {

    @Inject
    PreviewLinks links;

    @Inject
    ArticleBacking articleBacking;

    @Inject
    NotFound notFound;

    @Inject
    PortalPaths paths;

    public void load() throws IOException {
        HttpServletResponse response = (HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext()
                .getResponse();
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        response.setHeader("Referrer-Policy", "no-referrer");
        var article = links.open(paths.getParameter());
        if (article.isEmpty()) {
            notFound.respondInFaces();
            return;
        }
        paths.previewing(paths.getParameter());
        articleBacking.show(article.get());
    }
}
