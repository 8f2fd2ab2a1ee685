package vn.provportal.people.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.provportal.platform.InvalidInput;

/**
 * Keycloak's admin REST API, spoken with {@code java.net.http} and JSON-P (the admin-client jar breaks
 * Jersey inside a war), authenticated as the {@code provportal-provisioner} service account by the
 * client-credentials grant. Every failure becomes an {@link InvalidInput} that says, in Vietnamese, what
 * Keycloak refused.
 */
public class KeycloakAdmin {

    /** Where Keycloak is and who ProvPortal is to it. */
    public record Settings(String url, String realm, String clientId, String clientSecret) {
    }

    /** A person as the workspace lists them. */
    public record Person(String id, String username, String email, String name, boolean enabled) {

        public String getId() {
            return id;
        }

        public String getUsername() {
            return username;
        }

        public String getEmail() {
            return email;
        }

        public String getName() {
            return name;
        }

        public boolean isEnabled() {
            return enabled;
        }
    }

    private final Settings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private String token;
    private Instant tokenExpires = Instant.EPOCH;

    public KeycloakAdmin(Settings settings) {
        this.settings = settings;
    }

    public Optional<String> groupByPath(String path) {
        HttpResponse<String> response = send("GET", "/group-by-path/" + path, null);
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        return Optional.of(json(ok(response, "tìm nhóm " + path)).getString("id"));
    }

    /** Creates a sub-group with one attribute; returns its id. */
    public String createChildGroup(String parentId, String name, String attribute, String value) {
        JsonObject body = Json.createObjectBuilder().add("name", name)
                .add("attributes", Json.createObjectBuilder().add(attribute, Json.createArrayBuilder().add(value))).build();
        HttpResponse<String> response = send("POST", "/groups/" + parentId + "/children", body.toString());
        if (response.statusCode() == 409) {
            throw InvalidInput.of("people.keycloak-already-has-group", name);
        }
        ok(response, "tạo nhóm " + name);
        String location = response.headers().firstValue("Location").orElse(null);
        return location != null ? location.substring(location.lastIndexOf('/') + 1) : json(response.body()).getString("id");
    }

    public void grantRealmRoles(String groupId, List<String> roles) {
        var array = Json.createArrayBuilder();
        for (String role : roles) {
            array.add(json(ok(send("GET", "/roles/" + role, null), "đọc vai trò " + role)));
        }
        ok(send("POST", "/groups/" + groupId + "/role-mappings/realm", array.build().toString()), "gán vai trò cho nhóm");
    }

    public void deleteGroup(String groupId) {
        send("DELETE", "/groups/" + groupId, null);
    }

    /**
     * Creates an enabled user whose first sign-in must set a new password (the one given is temporary);
     * returns the id. A taken user name is refused with that reason.
     */
    public String createUser(String username, String email, String fullName, String temporaryPassword) {
        JsonObject body = Json.createObjectBuilder().add("username", username).add("email", email)
                .add("emailVerified", true).add("enabled", true).add("firstName", fullName == null ? username : fullName)
                .add("lastName", "-")
                .add("requiredActions", Json.createArrayBuilder().add("UPDATE_PASSWORD"))
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "password")
                        .add("value", temporaryPassword).add("temporary", true)))
                .build();
        HttpResponse<String> response = send("POST", "/users", body.toString());
        if (response.statusCode() == 409) {
            throw InvalidInput.of("people.user-name-email-already", username);
        }
        ok(response, "tạo người dùng " + username);
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    public void deleteUser(String userId) {
        send("DELETE", "/users/" + userId, null);
    }

    public void setEnabled(String userId, boolean enabled) {
        ok(send("PUT", "/users/" + userId, Json.createObjectBuilder().add("enabled", enabled).build().toString()),
                enabled ? "mở khoá người dùng" : "khoá người dùng");
    }

    /**
     * Keeps the language a person chose for the screens as their Keycloak {@code locale} (what Keycloak's own pages
     * and the {@code locale} claim of their next sign-in carry). The whole representation is read and written back,
     * so no other attribute is lost.
     */
    public void setLocale(String userId, String language) {
        JsonObject user = json(ok(send("GET", "/users/" + userId, null), "đọc người dùng"));
        jakarta.json.JsonObjectBuilder attributes = Json.createObjectBuilder(
                user.containsKey("attributes") ? user.getJsonObject("attributes") : JsonValue.EMPTY_JSON_OBJECT)
                .add("locale", Json.createArrayBuilder().add(language));
        JsonObject changed = Json.createObjectBuilder(user).add("attributes", attributes).build();
        ok(send("PUT", "/users/" + userId, changed.toString()), "lưu ngôn ngữ của người dùng");
    }

    public void join(String userId, String groupId) {
        ok(send("PUT", "/users/" + userId + "/groups/" + groupId, null), "thêm vào nhóm");
    }

    public void leave(String userId, String groupId) {
        ok(send("DELETE", "/users/" + userId + "/groups/" + groupId, null), "rời nhóm");
    }

    /** Names of a group's direct sub-groups (for {@code /tenants}: the provinces Keycloak knows). */
    public List<String> childGroupNames(String groupId) {
        return Json.createReader(new StringReader(ok(send("GET", "/groups/" + groupId + "/children?max=10000", null),
                "đọc nhóm con"))).readArray().stream().map(g -> g.asJsonObject().getString("name")).toList();
    }

    public List<Person> members(String groupId) {
        JsonArray users = Json.createReader(new StringReader(ok(send("GET", "/groups/" + groupId + "/members?max=500", null),
                "đọc thành viên"))).readArray();
        return users.stream().map(JsonValue::asJsonObject).map(u -> new Person(u.getString("id"), u.getString("username"),
                u.getString("email", ""), (u.getString("firstName", "") + " " + u.getString("lastName", "")).replace(" -", "").strip(),
                u.getBoolean("enabled", true))).toList();
    }

    /** The paths of the groups a user is in ("/tenants/hung-yen/editors"). */
    public List<String> groupsOf(String userId) {
        return Json.createReader(new StringReader(ok(send("GET", "/users/" + userId + "/groups", null), "đọc nhóm")))
                .readArray().stream().map(v -> v.asJsonObject().getString("path")).toList();
    }

    private HttpResponse<String> send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.url() + "/admin/realms/" + settings.realm() + path))
                .timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer " + token());
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return exchange(request.build());
    }

    private synchronized String token() {
        if (token == null || Instant.now().isAfter(tokenExpires)) {
            String form = "grant_type=client_credentials&client_id=" + encode(settings.clientId()) + "&client_secret="
                    + encode(settings.clientSecret() == null ? "" : settings.clientSecret());
            HttpResponse<String> response = exchange(HttpRequest.newBuilder(URI.create(settings.url() + "/realms/"
                            + settings.realm() + "/protocol/openid-connect/token")).timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build());
            JsonObject body = json(ok(response, "xác thực tài khoản dịch vụ"));
            token = body.getString("access_token");
            tokenExpires = Instant.now().plusSeconds(Math.max(5, body.getInt("expires_in", 60) - 15));
        }
        return token;
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw InvalidInput.of("people.keycloak-cannot-reached", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw InvalidInput.of("people.interrupted-while-calling-keycloak");
        }
    }

    private static String ok(HttpResponse<String> response, String what) {
        if (response.statusCode() / 100 != 2) {
            throw KeycloakRefusal.of(what, response.statusCode(), response.body());
        }
        return response.body();
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
