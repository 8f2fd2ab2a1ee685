package vn.provportal.portal.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Keycloak service-account tokens for the statistics API: a JWT signed by the platform realm (RS256, key
 * looked up by {@code kid} in the realm's published keys, refreshed when an unknown key appears), issued by
 * that realm, not expired, and carrying a {@code tenant} claim — the province the system may write for.
 * Anything else is no token at all.
 */
@ApplicationScoped
public class ServiceTokens {

    private final Map<String, PublicKey> keys = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The province a valid token speaks for. */
    public Optional<String> provinceOf(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            JsonObject header = json(parts[0]);
            JsonObject claims = json(parts[1]);
            if (!"RS256".equals(header.getString("alg", "")) || !verified(parts, header.getString("kid", ""))) {
                return Optional.empty();
            }
            if (!issuer().equals(claims.getString("iss", "")) || claims.getJsonNumber("exp") == null
                    || Instant.ofEpochSecond(claims.getJsonNumber("exp").longValue()).isBefore(Instant.now())) {
                return Optional.empty();
            }
            return Optional.ofNullable(claims.getString("tenant", null));
        } catch (RuntimeException | java.security.GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    private boolean verified(String[] parts, String kid) throws java.security.GeneralSecurityException {
        PublicKey key = keys.get(kid);
        if (key == null) {
            loadKeys();
            key = keys.get(kid);
        }
        if (key == null) {
            return false;
        }
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(key);
        rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        return rsa.verify(Base64.getUrlDecoder().decode(parts[2]));
    }

    private synchronized void loadKeys() throws java.security.GeneralSecurityException {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(issuer()
                    + "/protocol/openid-connect/certs")).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            for (var value : Json.createReader(new StringReader(response.body())).readObject().getJsonArray("keys")) {
                JsonObject jwk = value.asJsonObject();
                if ("RSA".equals(jwk.getString("kty", "")) && "sig".equals(jwk.getString("use", "sig"))) {
                    keys.put(jwk.getString("kid"), KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                            new BigInteger(1, Base64.getUrlDecoder().decode(jwk.getString("n"))),
                            new BigInteger(1, Base64.getUrlDecoder().decode(jwk.getString("e"))))));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.security.GeneralSecurityException("realm keys unavailable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.security.GeneralSecurityException("interrupted", e);
        }
    }

    private static String issuer() {
        var config = ConfigProvider.getConfig();
        return config.getOptionalValue("provportal.keycloak.url", String.class).orElse("http://localhost:8180")
                + "/realms/" + config.getOptionalValue("provportal.keycloak.realm", String.class).orElse("portal");
    }

    private static JsonObject json(String part) {
        return Json.createReader(new StringReader(new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8)))
                .readObject();
    }
}
