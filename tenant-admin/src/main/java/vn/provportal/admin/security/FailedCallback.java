package vn.provportal.admin.security;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A return from Keycloak that cannot be completed — a forged or replayed {@code code}/{@code state}, or one that
 * reaches a session which never started a sign-in — made Soteria fail with an exception and the container answer
 * an empty 500. It gets a 400 page that says so and offers to sign in again; nobody is signed in.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION + 10)
public abstract class FailedCallback implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(FailedCallback.class.getName());

    @Inject
    @Delegate
    @Any
    HttpAuthenticationMechanism mechanism;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        try {
            return mechanism.validateRequest(request, response, context);
        } catch (RuntimeException | AuthenticationException e) {
            if (!request.getRequestURI().equals(request.getContextPath() + "/callback") || response.isCommitted()) {
                throw e;
            }
            LOG.log(Level.INFO, "sign-in callback refused: {0}", e.toString());
            try {
                response.reset();
                RefusalPage.write(request, response, HttpServletResponse.SC_BAD_REQUEST, "Không đăng nhập được",
                        "<p>Liên kết đăng nhập không hợp lệ hoặc đã hết hạn, nên bạn chưa được đăng nhập. Hãy đăng nhập"
                        + " lại từ trang quản trị.</p><p lang=\"en\">The sign-in link is invalid or has expired; you are"
                        + " not signed in. Please sign in again.</p>");
                response.flushBuffer();
            } catch (IOException written) {
                throw new AuthenticationException(written);
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
    }
}
