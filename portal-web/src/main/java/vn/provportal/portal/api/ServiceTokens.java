package vn.provportal.portal.api;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Keycloak service-account tokens for the statistics API, checked with Nimbus JOSE+JWT (the copy Payara
 * carries): signed RS256 by a key the realm publishes, issued by that realm, meant for this API
 * (audience {@value #AUDIENCE}, so a back-office user's token, which also names a province, is refused),
 * an access token ({@code typ} Bearer, not an ID or refresh token), within its lifetime give or take
 * {@value #CLOCK_SKEW_SECONDS} s, and carrying the {@code tenant} claim — the province the system may write
 * for. The realm's keys are cached; a token with a key id the cache lacks makes at most one fetch every
 * {@value #MIN_SECONDS_BETWEEN_FETCHES} s, so forged key ids cannot make the portal hammer Keycloak.
 */
@ApplicationScoped
public class ServiceTokens {

    public static final String AUDIENCE = "provportal-api";
    static final int CLOCK_SKEW_SECONDS = 30;
    static final int MIN_SECONDS_BETWEEN_FETCHES = 10;

    private volatile ConfigurableJWTProcessor<SecurityContext> processor;
    private String issuer;

    public ServiceTokens() {
    }

    /** Checks tokens of {@code issuer}, whose keys are published at its {@code /protocol/openid-connect/certs}. */
    ServiceTokens(String issuer) {
        this.issuer = issuer;
    }

    /** The province a valid token speaks for. */
    public Optional<String> provinceOf(String jwt) {
        try {
            JWTClaimsSet claims = processor().process(jwt, null);
            return Optional.ofNullable(claims.getStringClaim("tenant")).filter(t -> !t.isBlank());
        } catch (Exception e) {
            // whatever is wrong with it — form, signature, key, claims, keys unavailable — it is no token
            return Optional.empty();
        }
    }

    private ConfigurableJWTProcessor<SecurityContext> processor() throws MalformedURLException {
        if (processor == null) {
            synchronized (this) {
                if (processor == null) {
                    processor = build(issuer == null ? configuredIssuer() : issuer);
                }
            }
        }
        return processor;
    }

    private static ConfigurableJWTProcessor<SecurityContext> build(String issuer) throws MalformedURLException {
        JWKSource<SecurityContext> keys = JWKSourceBuilder.create(URI.create(issuer + "/protocol/openid-connect/certs")
                        .toURL())
                .cache(Duration.ofHours(1).toMillis(), Duration.ofSeconds(10).toMillis())
                .rateLimited(Duration.ofSeconds(MIN_SECONDS_BETWEEN_FETCHES).toMillis())
                .retrying(false)
                .build();
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, null));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        // Nimbus asks its sets whether they hold null, which Set.of answers with an exception
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(
                new HashSet<>(Set.of(AUDIENCE)), new JWTClaimsSet.Builder().issuer(issuer).claim("typ", "Bearer").build(),
                new HashSet<>(Set.of("exp", "iat", "sub", "tenant")), null);
        claims.setMaxClockSkew(CLOCK_SKEW_SECONDS);
        processor.setJWTClaimsSetVerifier(claims);
        return processor;
    }

    private static String configuredIssuer() {
        var config = ConfigProvider.getConfig();
        return config.getOptionalValue("provportal.keycloak.url", String.class).orElse("http://localhost:8180")
                + "/realms/" + config.getOptionalValue("provportal.keycloak.realm", String.class).orElse("portal");
    }
}
