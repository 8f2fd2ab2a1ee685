package vn.provportal.deploy;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;

/**
 * People of Hưng Yên made for one test through the provincial admin's people screen, as a real admin invites them, so
 * a test that changes a person (their language, their lock-out) never changes a demo user other tests sign in as.
 */
final class People {

    private People() {
    }

    /** Invites {@code username} into Hưng Yên with {@code role} and answers the temporary password the screen shows. */
    static String invite(String username, String role) {
        StackConfig config = RunningStack.config();
        Browser admin = new Browser();
        admin.signIn(config.adminUrl() + "/", "hy-admin", RunningStack.PASSWORD);
        HttpResponse<String> people = admin.get(config.adminUrl() + "/people/index.xhtml");
        Document invited = Browser.html(admin.submit(people, Browser.html(people).selectFirst("form#invite"), Map.of(
                "invite:username", username, "invite:email", username + "@hungyen.example.vn", "invite:name",
                "Trần Văn Hải", "invite:role", role, "invite:send", "")));
        String temporary = invited.select("#invited-password").text();
        assertFalse(temporary.isBlank(), invited.text());
        return temporary;
    }

    /** Someone who can sign in. */
    record Person(String username, String password) {
    }

    /** A new editor of Hưng Yên who has already signed in once and chosen their own password. */
    static Person editor(String prefix) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "Mat-khau-moi-" + UUID.randomUUID().toString().substring(0, 8);
        new Browser().signInFirstTime(RunningStack.config().adminUrl() + "/", username, invite(username, "EDITOR"),
                password);
        return new Person(username, password);
    }
}
