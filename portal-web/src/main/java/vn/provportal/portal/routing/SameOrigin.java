package vn.provportal.portal.routing;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;

/** A citizen's form post comes from the portal's own page: a browser names another site's page as the origin. */
public final class SameOrigin {

    private SameOrigin() {
    }

    /** True without an {@code Origin} (older browsers, same-origin posts of some) or with the portal's own host. */
    public static boolean of(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null || origin.equals("null")) {
            return origin == null;
        }
        try {
            return request.getServerName().equalsIgnoreCase(URI.create(origin).getHost());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
