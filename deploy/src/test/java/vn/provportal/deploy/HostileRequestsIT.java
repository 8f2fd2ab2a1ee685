package vn.provportal.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Security issue #12 items 6 and 7 on the whole stack. Requests too large or with too many fields or parts are
 * refused before any screen reads them (411, 413, 400). Item 6: a Faces post with a forged or missing view state, the same in an
 * ajax request, and Keycloak's callback with a forged code and state. Each was a 500 (or an empty form) that lost
 * what was typed or named an exception class; each now gets a clear page, keeps the text, and changes nothing.
 */
@ExtendWith(RunningStack.class)
class HostileRequestsIT {

    private final StackConfig config = RunningStack.config();

    @Test
    void aPostWhoseFormCannotBeRestoredKeepsWhatWasTypedAndSavesNothing() {
        Browser editor = new Browser();
        editor.signIn(config.adminUrl() + "/", "hy-editor", RunningStack.PASSWORD);
        String title = "Bài thử biểu mẫu giả " + UUID.randomUUID().toString().substring(0, 8);
        String lead = "Sa-pô gõ tay trong hai giờ, không được mất";
        for (String viewState : new String[] {"-4711:4712", "", null}) {
            HttpResponse<String> form = editor.get(config.adminUrl() + "/content/edit.xhtml");
            Element article = Browser.html(form).selectFirst("form#article");
            Map<String, String> fields = new LinkedHashMap<>();
            article.select("input[name], textarea[name]").forEach(i -> fields.put(i.attr("name"), i.val()));
            fields.remove("article:upload_input");
            fields.put("article:title", title);
            fields.put("article:lead", lead);
            fields.put("article:save", "");
            if (viewState == null) {
                fields.remove("jakarta.faces.ViewState");
            } else {
                fields.put("jakarta.faces.ViewState", viewState);
            }
            HttpResponse<String> answer = editor.post(config.adminUrl() + "/content/edit.xhtml", fields);
            String which = viewState == null ? "no view state" : "view state '" + viewState + "'";
            assertEquals(400, answer.statusCode(), which);
            Document page = Browser.html(answer);
            assertEquals(lead, page.selectFirst("textarea#kept-lead").val(), which + ": the typed lead is on the page");
            assertEquals(title, page.selectFirst("textarea#kept-title").val(), which);
            assertTrue(page.selectFirst("a#reopen").attr("href").endsWith("/content/edit.xhtml"), which);
            assertFalse(answer.body().contains("Exception"), which);
        }
        assertEquals(0L, StackDb.number("SELECT COUNT(*) FROM article WHERE title = '" + title + "'"), "nothing saved");
    }

    @Test
    void anAjaxRequestThatFailsIsRedirectedWithoutNamingTheException() {
        Browser editor = new Browser();
        HttpResponse<String> home = editor.signIn(config.adminUrl() + "/", "hy-editor", RunningStack.PASSWORD);
        Element worklist = Browser.html(home).selectFirst("form#worklist");
        Map<String, String> fields = new LinkedHashMap<>();
        worklist.select("input[name]").forEach(i -> fields.put(i.attr("name"), i.val()));
        String table = "worklist:articles";
        fields.putAll(Map.of("jakarta.faces.partial.ajax", "true", "jakarta.faces.source", table,
                "jakarta.faces.partial.execute", table, "jakarta.faces.partial.render", table, table + "_sorting", "true",
                table + "_sortKey", table + ":x", table + "_sortDir", "1", "jakarta.faces.ViewState", "-1:-1"));
        HttpResponse<String> answer = editor.post(config.adminUrl() + "/index.xhtml", fields, "Faces-Request",
                "partial/ajax");
        assertFalse(answer.body().contains("Exception"), answer.body());
        assertFalse(answer.body().contains("<error-name>"), answer.body());
        assertTrue(answer.body().contains("<redirect"), answer.body());
    }

    @Test
    void aForgedReturnFromKeycloakSaysSignInFailedAndSignsNobodyIn() {
        for (Browser visitor : new Browser[] {new Browser(), started()}) {
            HttpResponse<String> answer = visitor.get(config.adminUrl() + "/callback?code=" + UUID.randomUUID()
                    + "&state=" + UUID.randomUUID() + "&session_state=x");
            assertTrue(answer.statusCode() != 500 && answer.statusCode() < 500, "status " + answer.statusCode());
            assertFalse(answer.body().contains("Exception"), answer.body());
            HttpResponse<String> after = visitor.get(config.adminUrl() + "/content/edit.xhtml");
            assertTrue(Browser.html(after).selectFirst("form#kc-form-login") != null, "not signed in");
        }
        HttpResponse<String> fresh = new Browser().get(config.adminUrl() + "/callback?code=abc&state=def");
        assertEquals(400, fresh.statusCode());
        assertTrue(Browser.html(fresh).text().contains("Không đăng nhập được"), fresh.body());
    }

    @Test
    void oversizedAndOverFieldedRequestsAreRefusedBeforeAnyScreenReadsThem() {
        Browser editor = new Browser();
        editor.signIn(config.adminUrl() + "/", "hy-editor", RunningStack.PASSWORD);
        String edit = config.adminUrl() + "/content/edit.xhtml";
        Map<String, String> many = new LinkedHashMap<>();
        for (int i = 0; i < 100_000; i++) {
            many.put("p" + i, "1");
        }
        HttpResponse<String> fields = editor.post(edit, many);
        assertEquals(400, fields.statusCode(), "100,000 form fields");
        assertTrue(Browser.html(fields).text().contains("quá nhiều trường"), fields.body());

        String boundary = "----provportal-parts";
        StringBuilder parts = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            parts.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"p").append(i)
                    .append("\"\r\n\r\n1\r\n");
        }
        parts.append("--").append(boundary).append("--\r\n");
        HttpResponse<String> multipart = editor.send(HttpRequest.newBuilder(URI.create(edit))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(parts.toString())));
        assertEquals(400, multipart.statusCode(), "20,000 parts");

        byte[] thirtyMegabytes = new byte[30 * 1024 * 1024];
        assertEquals(413, status(editor, edit, HttpRequest.BodyPublishers.ofByteArray(thirtyMegabytes)), "30 MB declared");
        assertEquals(411, status(editor, edit, HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(thirtyMegabytes))), "30 MB chunked");

        Browser citizen = new Browser();
        String api = config.portalUrl() + "/api/v1/provinces/hung-yen/processing/2035-01";
        assertEquals(413, status(citizen, api, HttpRequest.BodyPublishers.ofByteArray(new byte[2 * 1024 * 1024])),
                "a 2 MB body to the portal");
        assertEquals(411, status(citizen, api, HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(new byte[1000]))), "a chunked body to the portal");
        Map<String, String> votes = new LinkedHashMap<>();
        for (int i = 0; i < 1000; i++) {
            votes.put("tieu-chi" + i, "thai-do");
        }
        assertEquals(400, citizen.post(config.portalUrl() + "/hung-yen/danh-gia", votes).statusCode(), "1,000 fields");
    }

    private static int status(Browser browser, String url, HttpRequest.BodyPublisher body) {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type",
                "application/x-www-form-urlencoded").POST(body)).statusCode();
    }

    /** A browser that has been sent to Keycloak's login form: its session holds a sign-in in progress. */
    private Browser started() {
        Browser browser = new Browser();
        browser.get(config.adminUrl() + "/");
        return browser;
    }
}
