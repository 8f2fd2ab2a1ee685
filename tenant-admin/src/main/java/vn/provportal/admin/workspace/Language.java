package vn.provportal.admin.workspace;

import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.provportal.people.boundary.Directory;
import vn.provportal.platform.InvalidInput;

/**
 * The language of the back office for the signed-in person: Vietnamese unless they chose English. The choice lives
 * in Keycloak with the person (their {@code locale}, the claim of the same name in their sign-in token), so it
 * follows them to every node and to their next sign-in; ProvPortal keeps it only for the session.
 * "English" / "Tiếng Việt" in the header switches it.
 */
@Named("language")
@SessionScoped
public class Language implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(Language.class.getName());

    /** Chosen in this session; null: what the sign-in token says. */
    private String chosen;

    public String getCode() {
        if (chosen != null) {
            return chosen;
        }
        return fromToken().filter(Directory.LANGUAGES::contains).orElse("vi");
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(getCode());
    }

    public boolean isEnglish() {
        return "en".equals(getCode());
    }

    /**
     * Switches between Vietnamese and English: the screen is shown again at once in the other language and the
     * choice is kept in Keycloak. Keycloak unreachable costs only the keeping (this session still switches).
     */
    public void toggle() {
        chosen = isEnglish() ? "vi" : "en";
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(getLocale());
        try {
            CDI.current().select(Directory.class).get().setLanguage(openId().getSubject(), chosen);
        } catch (InvalidInput | IllegalStateException e) {
            LOG.log(Level.WARNING, "The language chosen could not be kept in Keycloak: {0}", e.getMessage());
        }
    }

    private static Optional<String> fromToken() {
        try {
            JwtClaims claims = openId().getIdentityToken().getJwtClaims();
            return claims == null ? Optional.empty() : claims.getStringClaim("locale");
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static OpenIdContext openId() {
        return CDI.current().select(OpenIdContext.class).get();
    }
}
