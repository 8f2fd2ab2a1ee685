package vn.provportal.portal.routing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.provportal.redirect.boundary.Redirects;
import vn.provportal.redirect.entity.Redirect;

/**
 * What a province answers for a path it has nothing at: 301 to the new place when the redirect table
 * knows the old path (changed slugs, merged provinces), otherwise the themed 404 page.
 */
@RequestScoped
public class NotFound {

    @Inject
    Redirects redirects;

    @Inject
    PortalPaths paths;

    /** The same from a Faces view action: answers, then ends the Faces lifecycle. */
    public void respondInFaces() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        respond((HttpServletResponse) faces.getExternalContext().getResponse());
        faces.responseComplete();
    }

    /** 301 when the redirect table knows this address with its query (an old site's {@code /?p=102}); false otherwise. */
    public boolean movedWithQuery(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response) {
        if (request.getQueryString() == null || request.getQueryString().isEmpty()) {
            return false;
        }
        var redirect = redirects.find(paths.getRelativePath() + "?" + request.getQueryString());
        redirect.ifPresent(r -> {
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", r.target(paths.getBase()));
        });
        return redirect.isPresent();
    }

    public void respond(HttpServletResponse response) throws IOException {
        var redirect = redirects.findAny(paths.oldAddresses());
        if (redirect.isPresent()) {
            Redirect r = redirect.get();
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", r.target(paths.getBase()));
            return;
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
