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

/**
 * Keycloak down (issue #15): a sign-in would send the browser to an address that does not answer, and a return
 * from it or a token renewal failed with a 500. Whoever needs Keycloak now — not signed in on a protected page,
 * coming back to the callback, or renewing a token that failed — gets a 503 page that says the sign-in service is
 * unavailable for a while. People already signed in are not asked: their session works until its token expires.
 * The citizen portal and the API never depend on Keycloak being up.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION + 5)
public abstract class SignInUnavailable implements HttpAuthenticationMechanism {

    static final String RETRY_AFTER_SECONDS = "30";

    @Inject
    @Delegate
    @Any
    HttpAuthenticationMechanism mechanism;

    @Inject
    SignInService keycloak;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) throws AuthenticationException {
        if (needsKeycloak(request, context) && !keycloak.isAvailable()) {
            return unavailable(request, response);
        }
        try {
            return mechanism.validateRequest(request, response, context);
        } catch (RuntimeException | AuthenticationException e) {
            if (response.isCommitted() || keycloak.isAvailable()) {
                throw e;
            }
            return unavailable(request, response);
        }
    }

    private static boolean needsKeycloak(HttpServletRequest request, HttpMessageContext context) {
        return request.getRequestURI().equals(request.getContextPath() + "/callback")
                || context.isProtected() && request.getUserPrincipal() == null;
    }

    private static AuthenticationStatus unavailable(HttpServletRequest request, HttpServletResponse response)
            throws AuthenticationException {
        try {
            response.reset();
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            response.setHeader("Cache-Control", "no-store");
            RefusalPage.write(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "Dịch vụ đăng nhập tạm thời không khả dụng",
                    "<p>Máy chủ đăng nhập (Keycloak) đang không trả lời, nên chưa thể đăng nhập vào trang quản trị. Cổng"
                    + " thông tin cho người dân vẫn hoạt động bình thường. Vui lòng thử lại sau ít phút.</p>"
                    + "<p lang=\"en\">The sign-in service is temporarily unavailable. The citizen portal is not affected."
                    + " Please try again in a few minutes.</p>");
            response.flushBuffer();
        } catch (IOException e) {
            throw new AuthenticationException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
