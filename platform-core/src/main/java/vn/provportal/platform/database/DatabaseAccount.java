package vn.provportal.platform.database;

import java.util.List;
import java.util.Objects;

/**
 * The one account the platform uses in the embedded server, with a password ({@code PROVPORTAL_DB_PASSWORD}, or the
 * one the launcher generated). It may reach only the platform's schema, only from the loopback address.
 *
 * @param user     letters, digits and underscores, as MariaDB account names are safest
 * @param password any text but empty; it is quoted into SQL here, never concatenated elsewhere
 */
public record DatabaseAccount(String user, String password) {

    public DatabaseAccount {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (!user.matches("[A-Za-z0-9_]{1,32}")) {
            throw new IllegalArgumentException("PROVPORTAL_DB_USER must be 1-32 letters, digits or underscores, not " + user);
        }
        if (password.isEmpty()) {
            throw new IllegalArgumentException("the database password must not be empty");
        }
    }

    /**
     * What the server runs as it starts, before it takes a connection: the schema, this account with this password
     * (so a changed password takes effect on the next start) with its schema and the working schemas of an archive's
     * upgrade ({@code <schema>_upgrade…}), and no anonymous accounts — the installer creates
     * some, and they would let any local process in.
     */
    List<String> startupStatements(String schema, String collation) {
        String account = "'" + user + "'@'127.0.0.1'";
        String secret = literal(password);
        return List.of(
                "SET NAMES utf8mb4;",
                "CREATE DATABASE IF NOT EXISTS `" + schema + "` CHARACTER SET utf8mb4 COLLATE " + collation + ";",
                "CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY " + secret + ";",
                "ALTER USER " + account + " IDENTIFIED BY " + secret + ";",
                "GRANT ALL PRIVILEGES ON `" + schema + "`.* TO " + account + ";",
                // the working schemas of an older province archive brought up to date (vn.provportal.archive.control.Upgrade)
                "GRANT ALL PRIVILEGES ON `" + schema.replace("_", "\\_") + "\\_upgrade%`.* TO " + account + ";",
                "DELETE FROM mysql.global_priv WHERE User = '';",
                "DELETE FROM mysql.db WHERE User = '';",
                "FLUSH PRIVILEGES;");
    }

    /** A MariaDB string literal: backslash and quote escaped, every other character as typed (utf8mb4). */
    static String literal(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n").replace("\r", "\\r")
                .replace("\0", "\\0") + "'";
    }

    @Override
    public String toString() {
        return "DatabaseAccount[" + user + "]";
    }
}
