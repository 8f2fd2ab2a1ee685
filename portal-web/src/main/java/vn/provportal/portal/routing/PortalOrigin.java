package vn.provportal.portal.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where absolute links point. Never at a host the request merely claims: a request through the path prefix can
 * carry any {@code Host} header, so its links use {@code PROVPORTAL_PORTAL_URL} (or the request's host when it is the
 * configured portal host); a request through a province's own hostname was routed because that hostname is
 * configured, and keeps it with the portal URL's scheme and port. An unknown host gets relative links. The
 * configuration is read once, not on every page.
 */
@ApplicationScoped
public class PortalOrigin {

    private final Optional<URI> portal = ConfigProvider.getConfig().getOptionalValue("provportal.portal.url", String.class)
            .filter(url -> !url.isBlank()).map(url -> URI.create(url.strip().replaceAll("/+$", "")));
    private final String portalHost = ConfigProvider.getConfig().getOptionalValue("provportal.portal.host", String.class)
            .orElse("localhost");

    String of(boolean byPrefix, HttpServletRequest request) {
        if (byPrefix) {
            if (portal.isPresent()) {
                return portal.get().toString();
            }
            return request.getServerName().equalsIgnoreCase(portalHost) ? requestOrigin(request) : "";
        }
        return portal.map(p -> p.getScheme() + "://" + request.getServerName() + (p.getPort() < 0 ? "" : ":" + p.getPort()))
                .orElseGet(() -> requestOrigin(request));
    }

    private static String requestOrigin(HttpServletRequest request) {
        int port = request.getServerPort();
        boolean defaultPort = port == 80 && "http".equals(request.getScheme())
                || port == 443 && "https".equals(request.getScheme());
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }
}
