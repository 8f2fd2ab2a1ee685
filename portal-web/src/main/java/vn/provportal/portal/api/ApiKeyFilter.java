package vn.provportal.portal.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.util.Optional;
import vn.provportal.apikey.boundary.ApiKeys;
import vn.provportal.platform.Sha256;
import vn.provportal.platform.SlidingLimit;
import vn.provportal.tenant.boundary.CurrentTenant;
import vn.provportal.tenant.boundary.Tenants;

/**
 * The one place where an API request gets its province: from its API key, or from the {@code tenant} claim
 * of a Keycloak service-account token ({@link ServiceTokens}). None, an unknown or revoked key, or an invalid
 * token → 401; a credential used on another province's path → 403; one over its quota ({@link ApiQuota}) → 429,
 * before any resource runs.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiKeyFilter implements ContainerRequestFilter {

    @Inject
    ApiKeys apiKeys;

    @Inject
    ServiceTokens serviceTokens;

    @Inject
    Tenants tenants;

    @Inject
    ApiQuota quota;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    vn.provportal.audit.boundary.Actor actor;

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<String> credential = key(request);
        boolean token = credential.map(c -> c.chars().filter(ch -> ch == '.').count() == 2).orElse(false);
        Optional<String> province = token ? credential.flatMap(serviceTokens::provinceOf)
                : credential.flatMap(apiKeys::provinceOf);
        if (province.isEmpty()) {
            request.abortWith(ApiError.response(Response.Status.UNAUTHORIZED,
                    "Thiếu hoặc sai khóa API", "Missing, unknown or revoked API key"));
            return;
        }
        String pathProvince = request.getUriInfo().getPathParameters().getFirst("province");
        if (pathProvince != null && !pathProvince.equals(province.get())) {
            request.abortWith(ApiError.response(Response.Status.FORBIDDEN,
                    "Khóa API không thuộc tỉnh " + pathProvince, "The API key belongs to another province"));
            return;
        }
        String caller = token ? "token:" + province.get() : "key:" + Sha256.hex(credential.get());
        Optional<Duration> wait = quota.call(caller);
        if (wait.isPresent()) {
            long seconds = SlidingLimit.seconds(wait.get());
            request.abortWith(Response.fromResponse(ApiError.response(Response.Status.TOO_MANY_REQUESTS,
                    "Vượt hạn mức " + quota.perMinute() + " lệnh gọi mỗi phút của khóa API; thử lại sau " + seconds + " giây",
                    "Over the key's quota of " + quota.perMinute() + " calls per minute; retry in " + seconds + " s"))
                    .header("Retry-After", seconds).build());
            return;
        }
        tenants.findByCode(province.get()).ifPresent(currentTenant::set);
        actor.set(token ? "service-account:" + province.get()
                : "api-key:" + credential.map(k -> k.substring(0, Math.min(8, k.length()))).orElse("?"), null);
    }

    private static Optional<String> key(ContainerRequestContext request) {
        String header = request.getHeaderString("X-API-Key");
        if (header == null) {
            String authorization = request.getHeaderString("Authorization");
            if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                header = authorization.substring(7).strip();
            }
        }
        return Optional.ofNullable(header).filter(h -> !h.isBlank());
    }
}
