package vn.provportal.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A user's browser without JavaScript: keeps cookies, follows redirects across the application and
 * Keycloak, and submits HTML forms as they are on the page (hidden fields included).
 */
final class Browser {

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .cookieHandler(new LocalhostCookies())
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /**
     * Browsers treat http://localhost as a secure context and send it cookies marked Secure, as Keycloak
     * marks its login cookies; Java's CookieManager would not, so the flag is dropped for localhost.
     */
    private static final class LocalhostCookies extends CookieHandler {

        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
            return cookies.get(uri, requestHeaders);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
            if (!"localhost".equals(uri.getHost())) {
                cookies.put(uri, responseHeaders);
                return;
            }
            Map<String, List<String>> relaxed = new java.util.HashMap<>();
            responseHeaders.forEach((name, values) -> relaxed.put(name, name != null && name.equalsIgnoreCase("Set-Cookie")
                    ? values.stream().map(v -> v.replaceAll("(?i);\\s*Secure", "")).toList() : values));
            cookies.put(uri, relaxed);
        }
    }

    HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    /** Submits {@code form} from {@code page} with its own fields overridden by {@code values}. */
    HttpResponse<String> submit(HttpResponse<String> page, Element form, Map<String, String> values) {
        Map<String, String> fields = new LinkedHashMap<>();
        form.select("input[name]").forEach(input -> {
            String type = input.attr("type");
            if (!type.equals("submit") && !type.equals("checkbox") || input.hasAttr("checked")) {
                fields.put(input.attr("name"), input.val());
            }
        });
        form.select("textarea[name]").forEach(text -> fields.put(text.attr("name"), text.val()));
        fields.putAll(values);
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        URI action = page.uri().resolve(form.attr("action").isEmpty() ? page.uri().toString() : form.attr("action"));
        return send(HttpRequest.newBuilder(action)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A form post of exactly {@code fields}, with {@code headers} (name, value, …) added. */
    HttpResponse<String> post(String url, Map<String, String> fields, String... headers) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** Submits a multipart form (a file upload) with its own fields, {@code values}, and one file. */
    HttpResponse<String> upload(HttpResponse<String> page, Element form, Map<String, String> values, String fileField,
            String fileName, byte[] content) {
        return upload(page, form, values, Map.of(fileField, new SentFile(fileName, content)));
    }

    /** A file chosen for a form's file field: its name on the user's disk and its bytes. */
    record SentFile(String name, byte[] content) {
    }

    /** Submits a multipart form with its own fields, {@code values}, and a file for each of {@code files}' fields. */
    HttpResponse<String> upload(HttpResponse<String> page, Element form, Map<String, String> values, Map<String, SentFile> files) {
        Map<String, String> fields = new LinkedHashMap<>();
        form.select("input[name]").forEach(input -> {
            String type = input.attr("type");
            boolean unchecked = (type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked");
            if (!type.equals("file") && !type.equals("submit") && !unchecked) {
                fields.put(input.attr("name"), input.val());
            }
        });
        fields.putAll(values);
        String boundary = "----provportal" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        files.forEach((field, file) -> {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                    + file.name() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        URI action = page.uri().resolve(form.attr("action"));
        return send(HttpRequest.newBuilder(action)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** From any protected page, through Keycloak's login form, back to the page. */
    HttpResponse<String> signIn(String protectedUrl, String username, String password) {
        HttpResponse<String> loginPage = get(protectedUrl);
        Element form = html(loginPage).selectFirst("form#kc-form-login");
        if (form == null) {
            throw new AssertionError("expected Keycloak's login form at " + loginPage.uri());
        }
        return secondFactor(username, submit(loginPage, form, Map.of("username", username, "password", password)));
    }

    /**
     * Keycloak's second-factor steps for roles that need one (platform-admin, tenant-admin, publisher made through
     * the console; demo users are exempt): enrolling an authenticator at first sign-in — its secret is kept in
     * {@link OneTimeCodes} — or typing the current code. Other pages come back unchanged.
     */
    HttpResponse<String> secondFactor(String username, HttpResponse<String> page) {
        for (int step = 0; step < 3; step++) {
            Document document = html(page);
            Element enrol = document.selectFirst("form#kc-totp-settings-form");
            Element code = document.selectFirst("form#kc-otp-login-form");
            if (enrol != null) {
                OneTimeCodes.enrolled(username, enrol.selectFirst("input[name=totpSecret]").val());
                page = submit(page, enrol, Map.of("totp", OneTimeCodes.next(username), "userLabel", "ProvPortal test"));
            } else if (code != null) {
                page = submit(page, code, Map.of("otp", OneTimeCodes.next(username)));
            } else {
                return page;
            }
        }
        return page;
    }

    /**
     * First sign-in with a temporary password: Keycloak asks for a new one before letting the user in.
     * Returns the page the user lands on.
     */
    HttpResponse<String> signInFirstTime(String protectedUrl, String username, String temporary, String newPassword) {
        HttpResponse<String> update = signIn(protectedUrl, username, temporary);
        Element form = html(update).selectFirst("form#kc-passwd-update-form");
        if (form == null) {
            throw new AssertionError("expected Keycloak to ask for a new password at " + update.uri() + ": " + html(update).text());
        }
        return secondFactor(username, submit(update, form, Map.of("password-new", newPassword,
                "password-confirm", newPassword)));
    }

    /** One request, redirects not followed, as it reaches a server under another hostname. */
    static HttpResponse<String> getWithoutRedirects(String url, String host) {
        HttpClient plain = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        URI uri = URI.create(url);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
        if (host != null) {
            request.header("Host", host + ":" + uri.getPort());
        }
        try {
            return plain.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Document html(HttpResponse<String> response) {
        return Jsoup.parse(response.body(), response.uri().toString());
    }

    /** A file as this signed-in browser downloads it: the bytes as sent. */
    HttpResponse<byte[]> download(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
