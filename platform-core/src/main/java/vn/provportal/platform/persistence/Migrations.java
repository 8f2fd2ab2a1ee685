package vn.provportal.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date before the application takes requests. Both web applications run it;
 * Flyway's lock on its history table makes the second one wait and then find nothing to do.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@DataSourceDefinition(
        name = Migrations.DATA_SOURCE,
        className = "org.mariadb.jdbc.MariaDbDataSource",
        url = "${MPCONFIG=provportal.db.url}",
        user = "${MPCONFIG=provportal.db.user}",
        password = "${MPCONFIG=provportal.db.password}",
        minPoolSize = 2,
        maxPoolSize = Migrations.MAX_CONNECTIONS,
        // After a database restart every pooled connection is dead: each is checked (a ping, at most once in
        // 2 s) before it is handed out, and the first that fails empties the pool, so the next request opens
        // fresh connections instead of failing on the old ones one by one (#15).
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.validate-atmost-once-period-in-seconds=2",
            "fish.payara.fail-all-connections=true",
            "fish.payara.max-wait-time-in-millis=5000",
            // counts the statements each request thread executes (a page's cost, Server-Timing)
            "fish.payara.sql-trace-listeners=vn.provportal.platform.persistence.StatementTrace"
        })
public class Migrations {

    public static final String DATA_SOURCE = "java:app/jdbc/provportal";
    public static final int MAX_CONNECTIONS = 30;
    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    @PostConstruct
    void onStartup() {
        int applied = apply(dataSource, getClass().getClassLoader());
        LOG.info(() -> "schema migrations applied: " + applied);
    }

    /**
     * Brings another schema on the same server to {@code target} (the latest when null): the working schema in which an
     * older province archive is brought up to date by these same migrations.
     */
    public static void applyTo(DataSource dataSource, ClassLoader classLoader, String schema, String target) {
        var configuration = Flyway.configure(classLoader).dataSource(dataSource).locations("classpath:db/migration")
                .schemas(schema).defaultSchema(schema).createSchemas(false);
        if (target != null) {
            configuration = configuration.target(target);
        }
        configuration.load().migrate();
    }

    /** Also used by tests and tools that work on a database outside the container. */
    public static int apply(DataSource dataSource, ClassLoader classLoader) {
        return Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate()
                .migrationsExecuted;
    }
}
