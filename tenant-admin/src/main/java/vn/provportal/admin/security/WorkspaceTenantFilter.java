package vn.provportal.admin.security;

import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import vn.provportal.tenant.boundary.CurrentTenant;
import vn.provportal.tenant.boundary.Tenants;

/**
 * The one place where the back office decides which province a request works on: the province in the
 * signed-in user's token, or, for a ministry administrator only, the province they chose
 * ({@code ?province=<code>}, kept in their session). A provincial user's token always wins over any
 * parameter, so no URL or form field can move them into another province.
 */
@WebFilter("/*")
public class WorkspaceTenantFilter extends HttpFilter {

    static final String CHOSEN = "vn.provportal.admin.chosenProvince";

    @Inject
    OpenIdContext openIdContext;

    @Inject
    Tenants tenants;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    vn.provportal.audit.boundary.Actor actor;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (request.getUserPrincipal() != null) {
            SessionTokens.keep(openIdContext, request.getSession());
            actor.set(request.getUserPrincipal().getName(), request.getRemoteAddr());
            province(request).flatMap(tenants::findByCode).ifPresent(currentTenant::set);
            if (readOnly(request)) {
                RefusalPage.write(request, response, 423, "Tỉnh đang tạm dừng", "<p>Bộ đã tạm dừng cổng thông tin của"
                        + " tỉnh; trong thời gian này mọi thay đổi bị khoá (chỉ xem). Nội dung bạn nhập chưa được lưu.</p>"
                        + "<p lang=\"en\">This province is suspended: the workspace is read-only.</p>");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** A suspended province's people may look but not change anything; the ministry still may. */
    private boolean readOnly(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && currentTenant.isResolved()
                && currentTenant.get().getStatus() == vn.provportal.tenant.entity.TenantStatus.SUSPENDED
                && !request.isUserInRole(Roles.PLATFORM_ADMIN);
    }

    private Optional<String> province(HttpServletRequest request) {
        Optional<String> fromToken = ProvinceClaim.of(claim("tenant"), groupPaths());
        if (fromToken.isPresent() || !request.isUserInRole(Roles.PLATFORM_ADMIN)) {
            return fromToken;
        }
        HttpSession session = request.getSession();
        String chosen = request.getParameter("province");
        if (chosen != null) {
            session.setAttribute(CHOSEN, chosen);
        }
        return Optional.ofNullable((String) session.getAttribute(CHOSEN));
    }

    private Optional<String> claim(String name) {
        Optional<String> fromId = claims(openIdContext.getIdentityToken().getJwtClaims(), name);
        return fromId.isPresent() ? fromId : claims(openIdContext.getAccessToken().getJwtClaims(), name);
    }

    private static Optional<String> claims(JwtClaims claims, String name) {
        return claims == null ? Optional.empty() : claims.getStringClaim(name);
    }

    private List<String> groupPaths() {
        JwtClaims claims = openIdContext.getIdentityToken().getJwtClaims();
        return claims == null ? List.of() : claims.getArrayStringClaim("tenant_groups");
    }
}
