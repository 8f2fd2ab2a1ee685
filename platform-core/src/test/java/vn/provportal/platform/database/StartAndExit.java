package vn.provportal.platform.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.mariadb.jdbc.MariaDbDataSource;

/** A JVM that starts the embedded server, writes one row and exits without closing it: shutdown hooks run. */
public final class StartAndExit {

    private StartAndExit() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[1]);
        EmbeddedMariaDb.start(Path.of(args[0]), port, EmbeddedMariaDbIT.ACCOUNT);
        MariaDbDataSource dataSource = new MariaDbDataSource(EmbeddedMariaDb.jdbcUrl(port));
        dataSource.setUser(EmbeddedMariaDbIT.ACCOUNT.user());
        dataSource.setPassword(EmbeddedMariaDbIT.ACCOUNT.password());
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE province (code VARCHAR(40) PRIMARY KEY)");
            s.execute("INSERT INTO province VALUES ('ha-giang')");
        }
        System.exit(0);
    }
}
