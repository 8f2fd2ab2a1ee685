package vn.provportal.portal.routing;

import jakarta.servlet.http.HttpServletResponse;

/** Headers every public response carries: no sniffing, no framing by other sites, no inline scripts. */
final class SecurityHeaders {

    private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'";

    private SecurityHeaders() {
    }

    static void apply(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Content-Security-Policy", CSP);
    }
}
