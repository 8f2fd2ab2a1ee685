package vn.provportal.portal.routing;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * The citizen's address, for rate limits and one-vote rules. Behind the edge cache every request comes from the
 * edge, so its {@code X-Forwarded-For} (which the edge overwrites, never appends to) names the citizen; from any
 * other peer the header is ignored, so nobody can pick an address by sending it.
 */
public final class ClientAddress {

    private static final Set<String> EDGES = Set.of("127.0.0.1", "0:0:0:0:0:0:0:1", "::1");

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank() || !EDGES.contains(peer)) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        String client = hops[hops.length - 1].trim();
        return client.isEmpty() || client.length() > 45 ? peer : client;
    }
}
