package vn.provportal.admin.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;

/**
 * The back office signs users in through Keycloak's authorization-code flow. Realm roles arrive in the
 * {@code groups} claim; tokens refresh silently so the session never outlives its token.
 */
@ApplicationScoped
@DeclareRoles({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.EDITOR, Roles.PUBLISHER})
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcConfig.providerUri}",
        clientId = "${oidcConfig.clientId}",
        clientSecret = "${oidcConfig.clientSecret}",
        redirectURI = "${baseURL}/callback",
        // Restoring the original request NPEs in Soteria when it had no parameters (RequestData.getParameters()
        // is null, seen with Payara 6.2025.10); the callback servlet sends the user to the start page instead.
        redirectToOriginalResource = false,
        scope = {"openid", "profile", "email"},
        tokenAutoRefresh = true,
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"),
        logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${oidcConfig.postLogoutUri}"))
public class AdminAuthentication {
}
