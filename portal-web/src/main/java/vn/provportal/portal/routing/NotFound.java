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
    public boolean movedWithQuery(HttpServletResponse response) {
        return paths.withQuery().flatMap(redirects::find).map(r -> moved(r, response)).orElse(false);
    }

    public void respond(HttpServletResponse response) throws IOException {
        if (redirects.findAny(paths.oldAddresses()).map(r -> moved(r, response)).isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private boolean moved(Redirect redirect, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", redirect.target(paths.getBase()));
        return true;
    }
}
