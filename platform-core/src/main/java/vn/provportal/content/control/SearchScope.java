package vn.provportal.content.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The key a province's words carry in the full-text index ({@code article.search_text}, migration V10): {@code k}
 * and the first 8 hex digits of MD5 of the province code — the same expression MariaDB computes. A word of one
 * province can therefore never match a query of another, and a query reads only its own province's lists.
 */
public final class SearchScope {

    private SearchScope() {
    }

    public static String of(String tenantCode) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(tenantCode.getBytes(StandardCharsets.UTF_8));
            return "k" + HexFormat.of().formatHex(md5).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
