package vn.provportal.deploy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.mariadb.jdbc.MariaDbDataSource;
import vn.provportal.people.control.KeycloakAdmin;

/** Reads the provinces from both sides once everything is up, as the provisioning service account does. */
final class ProvinceCheck {

    static final String PROVISIONER_CLIENT = "provportal-provisioner";

    private ProvinceCheck() {
    }

    static ProvincesInStep look(StackConfig config, Secrets secrets) {
        Set<String> mayLackRow = config.demo() ? Set.of() : KeycloakServer.importedProvinces();
        return new ProvincesInStep(inDatabase(config, secrets), inKeycloak(config, secrets), mayLackRow);
    }

    private static Set<String> inDatabase(StackConfig config, Secrets secrets) {
        try {
            MariaDbDataSource db = new MariaDbDataSource(config.dbUrl());
            db.setUser(config.dbUser());
            db.setPassword(config.dbAccount(secrets).password());
            try (Connection c = db.getConnection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT code FROM tenant")) {
                Set<String> codes = new HashSet<>();
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
                return codes;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the provinces from " + config.dbUrl() + ": " + e.getMessage(), e);
        }
    }

    private static Set<String> inKeycloak(StackConfig config, Secrets secrets) {
        KeycloakAdmin keycloak = new KeycloakAdmin(new KeycloakAdmin.Settings(config.keycloakUrl(),
                KeycloakServer.REALM, PROVISIONER_CLIENT, secrets.get(Secrets.PROVISIONER_SECRET)));
        return keycloak.groupByPath("tenants").map(id -> Set.copyOf(keycloak.childGroupNames(id))).orElse(Set.of());
    }
}
