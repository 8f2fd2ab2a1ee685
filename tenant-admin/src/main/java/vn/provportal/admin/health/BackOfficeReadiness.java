package vn.provportal.admin.health;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import vn.provportal.admin.security.OidcConfig;
import vn.provportal.platform.persistence.Migrations;

/**
 * {@code /admin/health/ready}: the back office is ready when it reaches the database and Keycloak (no one can
 * sign in without it). Not a MicroProfile check on purpose: those are summed over the node, and a Keycloak
 * outage must not take the citizens' portal of the same node out of service. Same JSON shape as MicroProfile's.
 */
@WebServlet("/health/ready")
public class BackOfficeReadiness extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** Which node answered ({@code -Dprovportal.node}, set by the launcher): what an operator behind the edge wants to know. */
    private static final String NODE = System.getProperty("provportal.node", "node").replaceAll("[^A-Za-z0-9._-]", "");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Resource(lookup = Migrations.DATA_SOURCE)
    transient DataSource dataSource;

    @Inject
    transient OidcConfig oidc;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean database = database();
        boolean keycloak = keycloak();
        boolean up = database && keycloak;
        response.setStatus(up ? 200 : 503);
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("{\"status\":\"" + status(up) + "\",\"node\":\"" + NODE + "\",\"checks\":[{\"name\":\"database\",\"status\":\""
                + status(database) + "\"},{\"name\":\"keycloak\",\"status\":\"" + status(keycloak) + "\"}]}");
    }

    private boolean database() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private boolean keycloak() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(oidc.getProviderUri()
                    + "/.well-known/openid-configuration")).timeout(Duration.ofSeconds(2)).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String status(boolean up) {
        return up ? "UP" : "DOWN";
    }
}
