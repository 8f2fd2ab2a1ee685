package vn.provportal.portal.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * CSRF protection for the portal's few forms without a session: a form carries an HMAC of the province,
 * the article and the hour it was shown, valid for {@value #VALID_HOURS} hours. Also hashes a client's
 * address for rate limiting, so no address is kept. Nodes of a cluster share
 * {@code PROVPORTAL_FORM_SECRET}; without it each node makes its own.
 */
@ApplicationScoped
public class FormToken {

    static final int VALID_HOURS = 3;

    private final byte[] secret;

    @Inject
    public FormToken(@ConfigProperty(name = "provportal.form.secret") Optional<String> configured) {
        secret = configured.filter(s -> !s.isBlank()).map(s -> s.getBytes(StandardCharsets.UTF_8))
                .orElseGet(() -> {
                    byte[] random = new byte[32];
                    new SecureRandom().nextBytes(random);
                    return random;
                });
    }

    protected FormToken() {
        this.secret = null;
    }

    /**
     * The same for every reader of an article in an hour, so made once and kept (an HMAC per article view was a
     * measurable part of an article page's CPU, issue #14); bounded, the oldest hours falling out.
     */
    private final com.github.benmanes.caffeine.cache.Cache<String, String> issued =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(20_000)
                    .expireAfterWrite(java.time.Duration.ofHours(1)).build();

    public String issue(String tenant, String slug) {
        long hour = hour();
        return issued.get(tenant + "|" + slug + "|" + hour, k -> token(tenant, slug, hour));
    }

    public boolean isValid(String token, String tenant, String slug) {
        if (token == null || token.length() > 100) {
            return false;
        }
        long now = hour();
        for (long h = now; h > now - VALID_HOURS; h--) {
            if (MessageDigest.isEqual(token.getBytes(StandardCharsets.US_ASCII),
                    token(tenant, slug, h).getBytes(StandardCharsets.US_ASCII))) {
                return true;
            }
        }
        return false;
    }

    public String clientHash(String address) {
        return HexFormat.of().formatHex(mac("client|" + address));
    }

    private String token(String tenant, String slug, long hour) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(tenant + "|" + slug + "|" + hour));
    }

    private byte[] mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static long hour() {
        return System.currentTimeMillis() / 3_600_000L;
    }
}
