package vn.provportal.portal.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import vn.provportal.platform.persistence.Migrations;

/**
 * A node is ready for citizens when it reaches the database ({@code /health/ready}, used by the launcher, the
 * edge and Kubernetes). Keycloak is deliberately not part of it: the portal serves without it; the back office
 * reports its own readiness at {@code /admin/health/ready}. A node that got SIGTERM is not ready any more, so the
 * edge stops sending it requests while it finishes those it has ({@code Draining}).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = Migrations.DATA_SOURCE)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        if (vn.provportal.platform.Draining.stopping()) {
            return HealthCheckResponse.named("database").down().withData("stopping", true).build();
        }
        try (Connection connection = dataSource.getConnection()) {
            return HealthCheckResponse.named("database").status(connection.isValid(2)).build();
        } catch (SQLException e) {
            return HealthCheckResponse.named("database").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
