package vn.provportal.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A citizen's browser without JavaScript: plain GETs against the deployed portal, no cookies kept. */
public final class PortalClient {

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String base;

    public PortalClient(URL deployment) {
        String url = deployment.toString();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)));
    }

    /** A file as a browser downloads it: the bytes as sent. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GET through a province's own hostname, as a browser on hung-yen.localhost would. */
    public HttpResponse<String> getAsHost(String host, String path) {
        URI uri = URI.create(base + path);
        return send(HttpRequest.newBuilder(uri).header("Host", host + ":" + uri.getPort()));
    }

    /** Submits a form as a browser would, from a page of the same site, with {@code headers} (name, value, …). */
    public HttpResponse<String> post(String path, java.util.Map<String, String> form, String... headers) {
        String body = form.entrySet().stream()
                .map(e -> java.net.URLEncoder.encode(e.getKey(), java.nio.charset.StandardCharsets.UTF_8) + "="
                        + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
        URI uri = URI.create(base + path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort())
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** A JSON request as a machine client sends it, with the headers given (name, value, name, value…). */
    public HttpResponse<String> json(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The SQL statements the server executed for this answer, on the request's own thread, as the page tells them
     * ({@code Server-Timing: db;desc="4 statements"}, on in tests): background work on other threads is not in it.
     */
    public static int statements(HttpResponse<?> response) {
        String timing = response.headers().firstValue("Server-Timing")
                .orElseThrow(() -> new AssertionError("no Server-Timing on " + response.uri()));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("db;desc=\"(\\d+) statements\"").matcher(timing);
        if (!m.find()) {
            throw new AssertionError("no statement count in Server-Timing: " + timing);
        }
        return Integer.parseInt(m.group(1));
    }

    public static Document html(HttpResponse<String> response) {
        return Jsoup.parse(response.body());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
