package vn.provportal.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Security issue #12 item 13 on the whole stack: a token of the realm that names a province but was not
 * issued for the statistics API — here a client someone added to the realm with a {@code tenant} mapper,
 * as a back-office user's token also carries one — writes nothing; the demo system's token, made for the
 * API (audience {@code provportal-api}), still does.
 */
@ExtendWith(RunningStack.class)
class ServiceTokenIT {

    private final StackConfig config = RunningStack.config();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void onlyTokensIssuedForTheApiWriteAProvincesFigures() throws Exception {
        String secret = UUID.randomUUID().toString();
        withClient(secret, "", "", clientId -> {
            String notForTheApi = token(clientId, secret);
            assertEquals(401, put(notForTheApi, "2034-01").statusCode(), "a token with the province but not for the API");
            assertEquals(200, put(token("hung-yen-dvc", secrets().getProperty("statistics.client-secret")), "2034-02")
                    .statusCode());
            assertEquals(0L, StackDb.number("SELECT COUNT(*) FROM stats_processing WHERE tenant_id = 'hung-yen' "
                    + "AND period_year = 2034 AND period_number = 1"), "nothing written by the foreign token");
        });
    }

    /**
     * Issue #16 item 3: a token Keycloak really issued for the API, once past its lifetime (one second here, set on
     * the client) and the clock skew the API allows, is refused with the API's JSON and writes nothing.
     */
    @Test
    void aTokenPastItsLifetimeWritesNothing() throws Exception {
        String secret = UUID.randomUUID().toString();
        String audience = """
                , {"name": "audience", "protocol": "openid-connect", "protocolMapper": "oidc-audience-mapper",
                   "config": {"included.custom.audience": "provportal-api", "access.token.claim": "true"}}""";
        withClient(secret, audience, ", \"attributes\": {\"access.token.lifespan\": \"1\"}", clientId -> {
            String token = token(clientId, secret);
            long expires = Long.parseLong(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                    StandardCharsets.UTF_8).replaceAll("(?s).*\"exp\":(\\d+).*", "$1"));
            assertEquals(200, put(token, "2034-03").statusCode(), "while it lives the token writes");
            long wait = (expires + 30 + 2) * 1000 - System.currentTimeMillis();
            System.out.println("waiting " + wait + " ms for the token to expire beyond the allowed clock skew");
            Thread.sleep(Math.max(0, wait));
            HttpResponse<String> late = put(token, "2034-04");
            assertEquals(401, late.statusCode(), late.body());
            assertTrue(late.body().contains("\"error\""), "the API's JSON, not a server page: " + late.body());
            assertEquals(0L, StackDb.number("SELECT COUNT(*) FROM stats_processing WHERE tenant_id = 'hung-yen' "
                    + "AND period_year = 2034 AND period_number = 4"), "nothing written by the expired token");
        });
    }

    private interface WithClient {
        void accept(String clientId) throws Exception;
    }

    /** A confidential client of the portal realm with a {@code tenant=hung-yen} claim, removed afterwards. */
    private void withClient(String secret, String moreMappers, String moreSettings, WithClient work) throws Exception {
        String admin = form(config.keycloakUrl() + "/realms/master/protocol/openid-connect/token",
                "grant_type=password&client_id=admin-cli&username=admin&password="
                        + encode(secrets().getProperty("keycloak.admin-password"))).body().replaceAll(
                ".*\"access_token\":\"([^\"]+)\".*", "$1");
        String clientId = "ngoai-" + UUID.randomUUID().toString().substring(0, 8);
        String clients = config.keycloakUrl() + "/admin/realms/portal/clients";
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(clients))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"clientId": "%s", "secret": "%s", "publicClient": false, "serviceAccountsEnabled": true,
                         "standardFlowEnabled": false, "protocolMappers": [{"name": "tenant", "protocol": "openid-connect",
                         "protocolMapper": "oidc-hardcoded-claim-mapper", "config": {"claim.name": "tenant",
                         "claim.value": "hung-yen", "jsonType.label": "String", "access.token.claim": "true"}}%s]%s}"""
                        .formatted(clientId, secret, moreMappers, moreSettings))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        try {
            work.accept(clientId);
        } finally {
            String id = http.send(HttpRequest.newBuilder(URI.create(clients + "?clientId=" + clientId))
                    .header("Authorization", "Bearer " + admin).build(), HttpResponse.BodyHandlers.ofString()).body()
                    .replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
            http.send(HttpRequest.newBuilder(URI.create(clients + "/" + id)).header("Authorization", "Bearer " + admin)
                    .DELETE().build(), HttpResponse.BodyHandlers.discarding());
        }
    }

    private Properties secrets() throws Exception {
        Properties secrets = new Properties();
        try (var in = Files.newBufferedReader(config.home().resolve("secrets.properties"))) {
            secrets.load(in);
        }
        return secrets;
    }

    private String token(String clientId, String secret) throws Exception {
        HttpResponse<String> response = form(config.keycloakUrl() + "/realms/portal/protocol/openid-connect/token",
                "grant_type=client_credentials&client_id=" + clientId + "&client_secret=" + encode(secret));
        assertEquals(200, response.statusCode(), response.body());
        return response.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
    }

    private HttpResponse<String> put(String bearer, String period) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(config.portalUrl() + "/api/v1/provinces/hung-yen/processing/"
                        + period)).header("Content-Type", "application/json").header("Authorization", "Bearer " + bearer)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"receivedOnline\": 10, \"receivedOffline\": 0, "
                        + "\"resolvedEarly\": 0, \"resolvedOnTime\": 10, \"resolvedLate\": 0, \"pendingInTime\": 0, "
                        + "\"pendingOverdue\": 0}")).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> form(String url, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
