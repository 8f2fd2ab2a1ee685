package vn.provportal.admin.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Whether Keycloak answers, asked before a browser is sent to it: a stopped or hung Keycloak would otherwise show
 * the user a browser error or, on the way back, a 500. The answer is kept a few seconds, so a wave of sign-ins asks
 * once; a hung Keycloak costs one wait of at most {@link #TIMEOUT}.
 */
@ApplicationScoped
public class SignInService {

    private static final Logger LOG = Logger.getLogger(SignInService.class.getName());
    static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Duration KEPT = Duration.ofSeconds(5);

    @Inject
    OidcConfig oidc;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private record Seen(boolean answers, long atNanos) {
    }

    private volatile Seen last = new Seen(true, System.nanoTime() - KEPT.toNanos() - 1);

    /** True when Keycloak's realm answered its discovery document within the last few seconds, or does now. */
    public boolean isAvailable() {
        Seen seen = last;
        if (System.nanoTime() - seen.atNanos() < KEPT.toNanos()) {
            return seen.answers();
        }
        boolean answers = ask();
        if (answers != seen.answers()) {
            LOG.warning(answers ? "Keycloak answers again" : "Keycloak does not answer: sign-in shows it is unavailable");
        }
        last = new Seen(answers, System.nanoTime());
        return answers;
    }

    private boolean ask() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(oidc.getProviderUri() + "/.well-known/openid-configuration"))
                    .timeout(TIMEOUT).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
