package vn.provportal.portal.routing;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * One complete, cookie-free page as it is sent: its bytes (and their gzip), its validator and the headers the page
 * set. Sent as it was rendered or, when the node kept it ({@link PageCache}), as often as it stays valid — with
 * {@code 304 Not Modified} for a matching {@code If-None-Match} and gzip for clients that accept it.
 */
final class PageCopy {

    private static final int MIN_GZIP = 512;
    /** Headers that belong to one answer, not to the page: they are worked out again for each request. */
    private static final Set<String> PER_ANSWER = Set.of("set-cookie", "content-length", "etag", "vary",
            "content-encoding", "date", "transfer-encoding", "server-timing");

    private final String contentType;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final byte[] body;
    private final boolean compressible;
    private volatile byte[] gzipped;
    private final String etag;

    /** @param rendered the answer the page was written to, its headers complete */
    PageCopy(HttpServletResponse rendered, byte[] body) throws IOException {
        this.contentType = rendered.getContentType();
        for (String name : rendered.getHeaderNames()) {
            if (!PER_ANSWER.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                headers.put(name, rendered.getHeader(name));
            }
        }
        this.body = body;
        this.compressible = compressible(contentType, body);
        this.etag = "W/\"" + digest(body) + "\"";
    }

    /** Bytes held: what a cache of pages weighs it by (a kept copy is gzipped once, when it is kept). */
    int weight() {
        return body.length + (compressible ? gzipped().length : 0) + 512;
    }

    /**
     * The gzipped body, made the first time a client that accepts it is sent this copy (or when it is kept): a page
     * rendered for one client that takes no gzip is not compressed for nothing.
     */
    private byte[] gzipped() {
        byte[] made = gzipped;
        if (made == null) {
            try {
                made = gzip(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            gzipped = made;
        }
        return made;
    }

    /** Answers the request with this page: 304 when the client holds this version, else the bytes. */
    void send(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (contentType != null) {
            response.setContentType(contentType);
        }
        headers.forEach(response::setHeader);
        response.setHeader("ETag", etag);
        if (matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.setContentLength(0);
            return;
        }
        write(request, response, body, compressible ? this::gzipped : null);
    }

    /** The gzipped form of a body, made only when it is sent to a client that accepts it. */
    interface Gzipped {
        byte[] bytes() throws IOException;
    }

    /**
     * Writes a body, none for HEAD; a compressible one ({@code gzipped} not null) varies by {@code Accept-Encoding}
     * and goes gzipped to a client that accepts it.
     */
    static void write(HttpServletRequest request, HttpServletResponse response, byte[] body, Gzipped gzipped)
            throws IOException {
        byte[] bytes = body;
        if (gzipped != null) {
            response.addHeader("Vary", "Accept-Encoding");
            if (acceptsGzip(request.getHeader("Accept-Encoding"))) {
                bytes = gzipped.bytes();
                response.setHeader("Content-Encoding", "gzip");
            }
        }
        response.setContentLength(bytes.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(bytes);
        }
    }

    /** Text of at least {@value #MIN_GZIP} bytes: worth sending gzipped. */
    static boolean compressible(String contentType, byte[] body) {
        return isText(contentType) && body.length >= MIN_GZIP;
    }

    /** True when a client's {@code If-None-Match} names this version; junk or other versions are simply no match. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.length() > 2000) {
            return false;
        }
        String opaque = etag.substring(2);
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals("*") || c.equals(etag) || c.equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.toLowerCase(java.util.Locale.ROOT).split(",")) {
            String[] parts = coding.trim().split(";");
            if (parts[0].trim().equals("gzip")) {
                return parts.length < 2 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }

    private static boolean isText(String contentType) {
        return contentType != null && (contentType.startsWith("text/") || contentType.contains("xml")
                || contentType.contains("json") || contentType.contains("javascript"));
    }

    /**
     * The page's validator: two 32-bit checksums of different polynomials (both computed by the CPU's own instructions) and its length. It tells versions of one page apart for caches and
     * {@code If-None-Match}; it guards nothing (a page is public), so it need not be a cryptographic hash — SHA-256
     * of each rendered page was measured as the largest single cost of an article page (issue #14).
     */
    static String digest(byte[] bytes) {
        java.util.zip.CRC32C castagnoli = new java.util.zip.CRC32C();
        castagnoli.update(bytes);
        java.util.zip.CRC32 ieee = new java.util.zip.CRC32();
        ieee.update(bytes);
        long value = castagnoli.getValue() << 32 | ieee.getValue();
        return Long.toUnsignedString(value, 36) + "-" + Integer.toString(bytes.length, 36);
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 8192)) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }
}
