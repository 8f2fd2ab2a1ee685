package vn.provportal.admin.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where Keycloak is and who this application is to it, read at run time from MicroProfile Config
 * ({@code PROVPORTAL_KEYCLOAK_URL}, {@code PROVPORTAL_OIDC_CLIENT_SECRET}, ...). Referenced by EL from the
 * authentication mechanism's definition.
 */
@Named("oidcConfig")
@ApplicationScoped
public class OidcConfig {

    @Inject
    @ConfigProperty(name = "provportal.keycloak.url", defaultValue = "http://localhost:8180")
    String keycloakUrl;

    @Inject
    @ConfigProperty(name = "provportal.keycloak.realm", defaultValue = "portal")
    String realm;

    @Inject
    @ConfigProperty(name = "provportal.oidc.client-id", defaultValue = "provportal-admin")
    String clientId;

    @Inject
    @ConfigProperty(name = "provportal.oidc.client-secret")
    java.util.Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "provportal.admin.url", defaultValue = "http://localhost:8080/admin")
    String adminUrl;

    public String getProviderUri() {
        return keycloakUrl + "/realms/" + realm;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret.orElse("");
    }

    /** Where Keycloak sends the browser after signing out: a public page of this application. */
    public String getPostLogoutUri() {
        return adminUrl + "/signed-out.xhtml";
    }

    public String getEndSessionEndpoint() {
        return getProviderUri() + "/protocol/openid-connect/logout";
    }
}
