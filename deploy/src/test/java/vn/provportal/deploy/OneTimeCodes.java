package vn.provportal.deploy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The authenticator app of the tests' users: keeps the TOTP secret Keycloak shows a user when they enrol and
 * computes their codes (RFC 6238: HMAC-SHA1, 6 digits, 30 s — the realm's OTP policy). Keycloak refuses a code
 * used once, and accepts one step either side of now, so each sign-in takes the next unused step of the three;
 * when all three are used it waits for the next period.
 */
final class OneTimeCodes {

    private static final Map<String, String> SECRETS = new ConcurrentHashMap<>();
    private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();

    private OneTimeCodes() {
    }

    static void enrolled(String username, String secret) {
        SECRETS.put(username, secret);
        LAST_STEP.remove(username);
    }

    static boolean knows(String username) {
        return SECRETS.containsKey(username);
    }

    /** A code for {@code username} Keycloak has not seen yet. */
    static synchronized String next(String username) {
        String secret = SECRETS.get(username);
        if (secret == null) {
            throw new AssertionError(username + " has no authenticator enrolled in this test run");
        }
        while (true) {
            long now = System.currentTimeMillis() / 30_000L;
            long last = LAST_STEP.getOrDefault(username, Long.MIN_VALUE);
            for (long step = now - 1; step <= now + 1; step++) {
                if (step > last) {
                    LAST_STEP.put(username, step);
                    return code(secret, step);
                }
            }
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    static String code(String secret, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0F;
            int binary = ((hash[offset] & 0x7F) << 24) | ((hash[offset + 1] & 0xFF) << 16)
                    | ((hash[offset + 2] & 0xFF) << 8) | (hash[offset + 3] & 0xFF);
            return String.format("%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
