package vn.provportal.portal.routing;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import vn.provportal.platform.persistence.StatementCount;
import vn.provportal.tenant.boundary.CurrentTenant;
import vn.provportal.tenant.entity.Tenant;

/**
 * Resolves the province of every public request, once: by the Host header when it is one of a province's
 * hostnames, otherwise by the first path segment ({@code /hung-yen/...}). Then forwards to the page the
 * rest of the path names ({@link Route}). Views and internal servlets are reachable only through here;
 * reading pages answer GET and HEAD only, the comment endpoint POST only.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class PortalRouter extends HttpFilter {

    private static final String LANDING = "/views/landing.xhtml";

    @Inject
    KnownProvinces provinces;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    PortalPaths paths;

    @Inject
    NotFound notFound;

    @Inject
    vn.provportal.redirect.boundary.Redirects redirects;

    @Inject
    vn.provportal.portal.health.PortalMetrics metrics;

    @Inject
    PageCache pageCache;

    @Inject
    OutageWindow outage;

    @Inject
    vn.provportal.content.control.ViewCounter views;

    @Inject
    ReadingTransaction reading;

    /** Tells each page's cost in statements ({@code Server-Timing: db;desc="4 statements"}): for tests and tuning. */
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "provportal.diagnostics.server-timing",
            defaultValue = "false")
    boolean serverTiming;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SecurityHeaders.apply(response);
        StatementCount.start();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || isOperations(path)) {
            chain.doFilter(request, response);
            return;
        }
        if (!isRead(request) || isMedia(path)) {
            route(path, request, response, chain);
            return;
        }
        boolean isStatic = path.startsWith("/static/") || path.startsWith("/jakarta.faces.resource/");
        boolean mayKeep = !isStatic && pageCache.isEnabled();
        String key = mayKeep ? PageCache.key(request) : null;
        if (mayKeep && sendKept(key, request, response)) {
            return;
        }
        if (!isStatic && !outage.mayTry()) {
            answerDuringOutage(key, request, response);
            return;
        }
        CacheableResponse cacheable = new CacheableResponse(response,
                isStatic ? CacheableResponse.STATIC : CacheableResponse.PAGE);
        try {
            route(path, request, cacheable, chain);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!vn.provportal.platform.persistence.DatabaseOutage.isCause(e) || response.isCommitted()) {
                outage.reached();
                throw e;
            }
            outage.unreachable();
            answerDuringOutage(key, request, response);
            return;
        }
        if (!isStatic) {
            outage.reached();
        }
        tellStatements(response);
        Optional<PageCopy> sent = cacheable.finish(request);
        if (mayKeep && sent.isPresent() && "GET".equals(request.getMethod())) {
            pageCache.keep(key, request, sent.get());
        }
    }

    /** Sends the node's copy of this page when it is still valid, counting it as a view of its article. */
    private boolean sendKept(String key, HttpServletRequest request, HttpServletResponse response) throws IOException {
        long start = System.nanoTime();
        Optional<PageCache.Kept> kept = pageCache.find(key);
        if (kept.isEmpty()) {
            return false;
        }
        countView(kept.get(), request);
        tellStatements(response);
        kept.get().copy().send(request, response);
        kept.get().province().ifPresent(code -> metrics.pageServed(code, java.time.Duration.ofNanos(System.nanoTime() - start)));
        return true;
    }

    private void tellStatements(HttpServletResponse response) {
        if (serverTiming) {
            response.setHeader("Server-Timing", "db;desc=\"" + StatementCount.sinceStart() + " statements\"");
        }
    }

    /** A kept article page sent is a view of its article like a rendered one. */
    private void countView(PageCache.Kept kept, HttpServletRequest request) {
        if (kept.viewed() != null && "GET".equals(request.getMethod())) {
            kept.province().ifPresent(code -> views.record(code, kept.viewed()));
        }
    }

    /** The database is unreachable: the last copy kept of this page, or a page saying to try again shortly. */
    private void answerDuringOutage(String key, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.reset();
        SecurityHeaders.apply(response);
        Optional<PageCache.Kept> last = key == null ? Optional.empty() : pageCache.findLast(key);
        if (last.isPresent()) {
            countView(last.get(), request);
            last.get().copy().send(request, response);
        } else {
            Unavailable.send(request.getContextPath(), response);
        }
    }

    /** MicroProfile Health and Metrics, which Payara serves inside this root application. */
    private static boolean isOperations(String path) {
        return path.equals("/health") || path.startsWith("/health/") || path.equals("/metrics") || path.startsWith("/metrics/");
    }

    /** Media bytes are large and set their own immutable caching; they are not held back. */
    private static boolean isMedia(String path) {
        return path.contains("/media/");
    }

    private void route(String path, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (path.startsWith("/static/") || path.startsWith("/jakarta.faces.resource/")) {
            chain.doFilter(request, response);
            return;
        }
        if (path.equals("/openapi") || path.equals("/openapi.yaml")) {
            request.getRequestDispatcher("/openapi-document").forward(request, response);
            return;
        }
        Optional<Tenant> byHost = provinces.byHostname(request.getServerName());
        if (byHost.isPresent()) {
            serveProvince(byHost.get(), "", path, request, response);
            return;
        }
        String[] segments = path.split("/", 3);
        Optional<Tenant> byPrefix = segments.length > 1 ? provinces.byCode(segments[1]) : Optional.empty();
        if (byPrefix.isPresent()) {
            if (segments.length == 2) {
                response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
                response.setHeader("Location", request.getContextPath() + path + "/");
                return;
            }
            serveProvince(byPrefix.get(), "/" + segments[1], "/" + segments[2], request, response);
        } else if (path.equals("/") && isRead(request)) {
            pageCache.stampBeforeRendering(request, Optional.empty());
            request.getRequestDispatcher(LANDING).forward(request, response);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void serveProvince(Tenant tenant, String base, String relativePath, HttpServletRequest request,
            HttpServletResponse response) throws IOException, ServletException {
        currentTenant.set(tenant);
        if (tenant.isMerged()) {
            movedAway(tenant, base, relativePath, request, response);
            return;
        }
        paths.resolved(request.getContextPath() + base, relativePath, request);
        if (tenant.getStatus() == vn.provportal.tenant.entity.TenantStatus.SUSPENDED && isRead(request)) {
            paths.routed(false, null);
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "3600");
            request.getRequestDispatcher("/views/maintenance.xhtml").forward(request, response);
            return;
        }
        Optional<Route> route = tenant.isServing() ? Route.of(relativePath) : Optional.empty();
        if (route.isEmpty()) {
            notFound.respond(response);
            return;
        }
        Route.Page page = route.get().page();
        if (page == Route.Page.HOME && isRead(request) && notFound.movedWithQuery(response)) {
            return; // an imported site's plain permalink (/?p=102) leads to the article it became
        }
        if (page.post ? !"POST".equals(request.getMethod()) : !isRead(request)) {
            response.setHeader("Allow", page.post ? "POST" : "GET, HEAD");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        paths.routed(page.isEnglish(), route.get().parameter());
        if (!page.post) {
            pageCache.stampBeforeRendering(request, Optional.of(tenant.getCode().value()));
        }
        long start = System.nanoTime();
        if (page.post) {
            request.getRequestDispatcher(page.target).forward(request, response);
        } else {
            reading.around(() -> request.getRequestDispatcher(page.target).forward(request, response));
        }
        metrics.pageServed(tenant.getCode().value(), java.time.Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * An address of a province that was merged into another answers 301 to its new home: the same path on the
     * province it joined (its hostname when it has one, otherwise its prefix), or the renamed address the merge
     * recorded in the absorbed province's redirect table.
     */
    private void movedAway(Tenant absorbed, String base, String relativePath, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        Optional<Tenant> target = provinces.byCode(absorbed.getMergedInto());
        if (target.isEmpty()) {
            notFound.respond(response);
            return;
        }
        String home = !base.isEmpty() || target.get().getHostnames().isEmpty()
                ? request.getContextPath() + "/" + target.get().getCode().value()
                : request.getScheme() + "://" + target.get().getHostnames().iterator().next()
                        + (request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort())
                        + request.getContextPath();
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", redirects.find(relativePath).map(r -> r.target(home)).orElse(home + relativePath) + query);
    }

    private static boolean isRead(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }
}
