package vn.provportal.admin.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * "Đăng xuất" ends both sessions: this application's and the user's Keycloak session, so the next visit
 * asks for the password again. A POST from a Faces form, so another site cannot sign a user out. While Keycloak
 * does not answer, only this application's session ends, and the signed-out page tells the user to close the browser.
 */
@Named
@RequestScoped
public class SignOutBacking {

    @Inject
    OpenIdContext openIdContext;

    @Inject
    OidcConfig oidc;

    @Inject
    SignInService keycloak;

    public void signOut() throws IOException, ServletException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String idToken = openIdContext.getIdentityToken().getToken();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        if (!external.isResponseCommitted() && !keycloak.isAvailable()) {
            // Keycloak down (issue #15): this session ends; the single sign-on one cannot, and the page says so
            external.redirect(external.getRequestContextPath() + "/signed-out.xhtml?sso=con-mo");
        } else if (!external.isResponseCommitted()) {
            external.redirect(oidc.getEndSessionEndpoint()
                    + "?client_id=" + encode(oidc.getClientId())
                    + "&id_token_hint=" + encode(idToken)
                    + "&post_logout_redirect_uri=" + encode(oidc.getPostLogoutUri()));
        }
        faces.responseComplete();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
