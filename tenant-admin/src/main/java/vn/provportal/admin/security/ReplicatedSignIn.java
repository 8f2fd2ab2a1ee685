package vn.provportal.admin.security;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import org.glassfish.soteria.mechanisms.openid.domain.OpenIdContextImpl;

/**
 * Lets an editor whose node died carry on on another node, still signed in. The replicated session brings the
 * caller's name but neither Soteria's OpenID context (not serializable) nor the caller's groups, so Soteria's
 * mechanism would fail or, with the context filled in, let the caller in without any role (403). For a session
 * that arrived this way, the context is rebuilt from the tokens kept in the session ({@link SessionTokens}) and the
 * caller is established again with the groups of those tokens, as at sign-in; every other request goes to Soteria,
 * and for a caller signed in earlier the groups of the session's tokens are given with it (see {@link #giveGroups}).
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class ReplicatedSignIn implements HttpAuthenticationMechanism {

    private static final String GROUPS = "groups";

    @Inject
    @Delegate
    @Any
    HttpAuthenticationMechanism mechanism;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        HttpSession session = request.getSession(false);
        if (request.getUserPrincipal() != null && session != null
                && session.getAttribute(SessionTokens.ATTRIBUTE) instanceof SessionTokens tokens) {
            OpenIdContextImpl openId = CDI.current().select(OpenIdContextImpl.class).get();
            if (openId.getAccessToken() == null) {
                tokens.restoreInto(openId);
                String caller = request.getUserPrincipal().getName();
                java.util.Set<String> groups = new HashSet<>(groups(openId));
                context.setRegisterSession(caller, groups);
                return context.notifyContainerAboutLogin(caller, groups);
            }
        }
        boolean signedIn = request.getUserPrincipal() != null;
        AuthenticationStatus status = mechanism.validateRequest(request, response, context);
        if (signedIn && status == AuthenticationStatus.SUCCESS) {
            giveGroups(context);
        }
        return status;
    }

    /**
     * For a caller signed in earlier in the session, Soteria hands the container the caller alone and Payara 6.2025.10
     * finds the caller's groups in the session's subject through state it shares between threads (payara/Payara#6145,
     * fixed by FISH-7515 in 2026 builds this stack cannot take): two requests at the same instant — two publishers
     * pressing "Duyệt" together — left one of them without roles, a 403 page. Giving the groups of the session's
     * tokens with the caller makes the answer the same whichever way the container goes.
     */
    private static void giveGroups(HttpMessageContext context) throws AuthenticationException {
        OpenIdContextImpl openId = CDI.current().select(OpenIdContextImpl.class).get();
        if (openId.getAccessToken() == null) {
            return;
        }
        try {
            context.getHandler().handle(new Callback[] {
                new GroupPrincipalCallback(context.getClientSubject(), groups(openId).toArray(String[]::new))});
        } catch (IOException | UnsupportedCallbackException e) {
            throw new AuthenticationException("the caller's groups could not be given to the container", e);
        }
    }

    /** The caller's groups where Soteria reads them: the access token, else the identity token. */
    private static List<String> groups(OpenIdContextImpl openId) {
        JwtClaims access = openId.getAccessToken().getJwtClaims();
        List<String> groups = access == null ? List.of() : access.getArrayStringClaim(GROUPS);
        return groups.isEmpty() ? openId.getIdentityToken().getJwtClaims().getArrayStringClaim(GROUPS) : groups;
    }
}
