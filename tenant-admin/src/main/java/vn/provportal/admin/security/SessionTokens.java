package vn.provportal.admin.security;

import jakarta.security.enterprise.identitystore.openid.AccessToken;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.security.enterprise.identitystore.openid.RefreshToken;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Objects;
import org.glassfish.soteria.mechanisms.openid.domain.AccessTokenImpl;
import org.glassfish.soteria.mechanisms.openid.domain.IdentityTokenImpl;
import org.glassfish.soteria.mechanisms.openid.domain.OpenIdContextImpl;
import org.glassfish.soteria.mechanisms.openid.domain.RefreshTokenImpl;

/**
 * The signed-in user's tokens as plain strings, kept in the HTTP session so that they travel with it to the other
 * node of a cluster. Soteria keeps them in its session-scoped {@code OpenIdContextImpl}, which cannot be serialized
 * (its JSON claims and parsed JWTs are not {@code Serializable}): the replicated session reached the other node with
 * the caller's principal but an empty context, and Soteria's mechanism failed on the next request
 * ({@code NullPointerException} in {@code OpenIdAuthenticationMechanism.validateRequest}, Payara 6.2025.10).
 * An expired access token restored here is renewed by Soteria itself with the refresh token.
 */
record SessionTokens(String tokenType, String accessToken, Long expiresIn, String scope, String identityToken,
        String refreshToken) implements Serializable {

    static final String ATTRIBUTE = "vn.provportal.admin.signedInTokens";

    /** Soteria's default minimum validity of a token (ms), as in {@code @OpenIdAuthenticationMechanismDefinition}. */
    private static final long MIN_VALIDITY = 10_000;

    /** Stores the context's tokens in the session when they are new or were renewed since the last request. */
    static void keep(OpenIdContext context, HttpSession session) {
        AccessToken access = context.getAccessToken();
        if (access == null || context.getIdentityToken() == null) {
            return;
        }
        Object kept = session.getAttribute(ATTRIBUTE);
        if (kept instanceof SessionTokens tokens && tokens.accessToken.equals(access.getToken())) {
            return;
        }
        session.setAttribute(ATTRIBUTE, new SessionTokens(context.getTokenType(), access.getToken(),
                context.getExpiresIn().orElse(null), access.getScope() == null ? null : access.getScope().toString(),
                context.getIdentityToken().getToken(), context.getRefreshToken().map(RefreshToken::getToken).orElse(null)));
    }

    /** Fills a context that this node has never seen (its session arrived from another node). */
    void restoreInto(OpenIdContextImpl context) {
        context.setTokenType(tokenType);
        context.setAccessToken(new AccessTokenImpl(Objects.requireNonNullElse(tokenType, "Bearer"), accessToken, expiresIn,
                scope, MIN_VALIDITY));
        context.setIdentityToken(new IdentityTokenImpl(identityToken, MIN_VALIDITY));
        context.setExpiresIn(expiresIn);
        if (refreshToken != null) {
            context.setRefreshToken(new RefreshTokenImpl(refreshToken));
        }
    }
}
