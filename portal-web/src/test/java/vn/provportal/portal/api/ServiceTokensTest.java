package vn.provportal.portal.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Service tokens against a stand-in for Keycloak's key endpoint (a real HTTP server publishing a real RSA
 * key): security issue #12 item 13 — no audience or token-type check, no skew, and every unknown key id
 * fetched the realm's keys again.
 */
class ServiceTokensTest {

    private HttpServer keycloak;
    private final AtomicInteger keyFetches = new AtomicInteger();
    private RSAKey realmKey;
    private String issuer;
    private ServiceTokens tokens;

    @BeforeEach
    void start() throws Exception {
        realmKey = new RSAKeyGenerator(2048).keyID("realm-key").generate();
        keycloak = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        keycloak.createContext("/realms/portal/protocol/openid-connect/certs", exchange -> {
            keyFetches.incrementAndGet();
            byte[] body = new JWKSet(realmKey.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        keycloak.start();
        issuer = "http://127.0.0.1:" + keycloak.getAddress().getPort() + "/realms/portal";
        tokens = new ServiceTokens(issuer);
    }

    @AfterEach
    void stop() {
        keycloak.stop(0);
    }

    @Test
    void aServiceAccountsAccessTokenForTheApiSpeaksForItsProvince() throws Exception {
        assertEquals(Optional.of("hung-yen"), tokens.provinceOf(token(c -> c)));
        assertEquals(Optional.of("hung-yen"), tokens.provinceOf(token(c -> c.expirationTime(seconds(-10)))),
                "ten seconds past expiry is within the clock skew");
    }

    @Test
    void tokensMeantForSomethingElseSpeakForNobody() throws Exception {
        assertEquals(Optional.empty(), tokens.provinceOf(token(c -> c.audience((String) null))),
                "a back-office user's token names a province too, but is not meant for the API");
        assertEquals(Optional.empty(), tokens.provinceOf(token(c -> c.audience("account"))));
        assertEquals(Optional.empty(), tokens.provinceOf(token(c -> c.claim("typ", "ID"))), "an ID token");
        assertEquals(Optional.empty(), tokens.provinceOf(token(c -> c.claim("typ", "Refresh"))), "a refresh token");
        assertEquals(Optional.empty(), tokens.provinceOf(token(c -> c.issuer("http://127.0.0.1:1/realms/other"))));
        assertEquals(Optional.empty(), tokens.provinceOf(token(c -> c.expirationTime(seconds(-120)))), "expired");
        assertEquals(Optional.empty(), tokens.provinceOf(token(c -> c.claim("tenant", null))), "no province");
    }

    @Test
    void alteredOrSelfMadeTokensSpeakForNobody() throws Exception {
        String[] parts = token(c -> c).split("\\.");
        String altered = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace("hung-yen", "thai-binh").getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertEquals(Optional.empty(), tokens.provinceOf(altered));
        RSAKey stranger = new RSAKeyGenerator(2048).keyID("realm-key").generate();
        assertEquals(Optional.empty(), tokens.provinceOf(sign(claims(c -> c), stranger)), "signed by another key");
        SignedJWT hmac = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("realm-key").build(),
                claims(c -> c));
        hmac.sign(new MACSigner(new byte[32]));
        assertEquals(Optional.empty(), tokens.provinceOf(hmac.serialize()), "HS256 is not accepted");
        assertEquals(Optional.empty(), tokens.provinceOf("a.b.c"));
        assertEquals(Optional.empty(), tokens.provinceOf(parts[0] + "." + parts[1] + "."), "unsigned");
    }

    @Test
    void forgedKeyIdsDoNotMakeThePortalHammerKeycloak() throws Exception {
        tokens.provinceOf(token(c -> c));
        int before = keyFetches.get();
        RSAKey attacker = new RSAKeyGenerator(2048).generate();
        long start = System.nanoTime();
        for (int i = 0; i < 200; i++) {
            RSAKey forged = new RSAKey.Builder(attacker).keyID(UUID.randomUUID().toString()).build();
            assertEquals(Optional.empty(), tokens.provinceOf(sign(claims(c -> c), forged)));
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        int fetched = keyFetches.get() - before;
        System.out.printf("200 tokens with unknown key ids in %d s: %d fetches of the realm's keys%n", seconds, fetched);
        // Nimbus's rate limit lets two fetches through per interval of ServiceTokens.MIN_SECONDS_BETWEEN_FETCHES
        assertTrue(fetched <= 2 * (1 + seconds / ServiceTokens.MIN_SECONDS_BETWEEN_FETCHES),
                fetched + " fetches for 200 unknown key ids");
        assertEquals(Optional.of("hung-yen"), tokens.provinceOf(token(c -> c)), "real tokens still pass meanwhile");
    }

    private String token(UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
        return sign(claims(change), realmKey);
    }

    private JWTClaimsSet claims(UnaryOperator<JWTClaimsSet.Builder> change) {
        return change.apply(new JWTClaimsSet.Builder().issuer(issuer).subject("service-account-hung-yen-dvc")
                .audience(ServiceTokens.AUDIENCE).claim("typ", "Bearer").claim("azp", "hung-yen-dvc")
                .claim("tenant", "hung-yen").issueTime(seconds(-5)).expirationTime(seconds(300))).build();
    }

    private static String sign(JWTClaimsSet claims, RSAKey key) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static Date seconds(long fromNow) {
        return Date.from(Instant.now().plusSeconds(fromNow));
    }
}
