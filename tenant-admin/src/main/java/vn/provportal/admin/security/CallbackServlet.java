package vn.provportal.admin.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Target of Keycloak's redirect after login. The authentication mechanism has exchanged the code for tokens
 * by the time this runs; the sign-in is recorded in the audit log and the browser is sent on to the start page
 * with a clean URL.
 */
@WebServlet("/callback")
public class CallbackServlet extends HttpServlet {

    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<vn.provportal.platform.Activity> activities;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() != null) {
            activities.fire(new vn.provportal.platform.Activity("session.signed-in",
                    request.getUserPrincipal().getName() + " đăng nhập"));
        }
        response.sendRedirect(request.getContextPath() + "/");
    }
}
