package vn.provportal.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Security issue #12 item 12 on the real Keycloak: accounts that can publish or administer sign in with a second
 * factor (the realm's flow "browser with second factor"): someone a provincial admin makes publisher enrols an
 * authenticator at first sign-in and types a code at every sign-in after, a wrong code keeps them out; an editor
 * signs in with the password alone; the demo users stay exempt; five wrong passwords lock an account for a while.
 */
@ExtendWith(RunningStack.class)
class SecondFactorIT {

    private final StackConfig config = RunningStack.config();

    @Test
    void aPublisherMadeInTheBackOfficeEnrolsThenTypesACodeEveryTime() {
        String username = "duyet-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "Mat-khau-moi-" + UUID.randomUUID().toString().substring(0, 8);
        String temporary = People.invite(username, "PUBLISHER");

        Document workspace = Browser.html(new Browser().signInFirstTime(config.adminUrl() + "/", username, temporary,
                password));
        assertTrue(OneTimeCodes.knows(username), "Keycloak asked the new publisher to enrol an authenticator");
        assertEquals("Công an tỉnh Hưng Yên", workspace.select("#province-name").text(), workspace.text());

        Browser next = new Browser();
        HttpResponse<String> login = next.get(config.adminUrl() + "/");
        HttpResponse<String> afterPassword = next.submit(login, Browser.html(login).selectFirst("form#kc-form-login"),
                Map.of("username", username, "password", password));
        Element otp = Browser.html(afterPassword).selectFirst("form#kc-otp-login-form");
        assertNotNull(otp, "the password alone does not let a publisher in: " + Browser.html(afterPassword).text());
        // a code of another secret: right in form, wrong for this user
        HttpResponse<String> wrong = next.submit(afterPassword, otp, Map.of("otp",
                OneTimeCodes.code("not-this-users-secret", System.currentTimeMillis() / 30_000L)));
        assertNotNull(Browser.html(wrong).selectFirst("form#kc-otp-login-form"), "a wrong code keeps them out");
        assertNull(Browser.html(wrong).selectFirst("#province-name"));
        Document in = Browser.html(next.secondFactor(username, wrong));
        assertEquals("Công an tỉnh Hưng Yên", in.select("#province-name").text(), "the right code lets them in");
    }

    @Test
    void anEditorAndTheDemoUsersSignInWithThePasswordAlone() {
        String editor = "bien-tap-" + UUID.randomUUID().toString().substring(0, 8);
        Document workspace = Browser.html(new Browser().signInFirstTime(config.adminUrl() + "/", editor,
                People.invite(editor, "EDITOR"), "Mat-khau-moi-" + UUID.randomUUID().toString().substring(0, 8)));
        assertFalse(OneTimeCodes.knows(editor), "editors cannot publish: no second factor");
        assertEquals("Công an tỉnh Hưng Yên", workspace.select("#province-name").text());
        for (String demo : new String[] {"hy-publisher", "hy-admin", "ministry-admin"}) {
            Document page = Browser.html(new Browser().signIn(config.adminUrl() + "/", demo, RunningStack.PASSWORD));
            assertFalse(OneTimeCodes.knows(demo), demo + " is a demo user, exempt (README)");
            assertFalse(page.select("#province-name, .console, h1").isEmpty(), demo + ": " + page.text());
        }
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForAWhile() {
        People.Person editor = People.editor("khoa");
        for (int i = 0; i < 5; i++) {
            new Browser().signIn(config.adminUrl() + "/", editor.username(), "sai-mat-khau-" + i);
        }
        Document refused = Browser.html(new Browser().signIn(config.adminUrl() + "/", editor.username(), editor.password()));
        assertNotNull(refused.selectFirst("form#kc-form-login"), "the right password is refused while locked");
        assertTrue(refused.select("#province-name").isEmpty());
    }
}
