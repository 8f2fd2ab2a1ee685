package vn.provportal.media.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * Which of the current province's images the portal may serve to anyone: those some feature shows
 * publicly ({@link PublicUse}). A photo uploaded for an article still in review stays unseen until the
 * article is out — its address is a hash, but hashes leak through mails and logs, and a police draft's
 * photo (a suspect, a scene) must not be one URL away from the public.
 */
@ApplicationScoped
public class PublicImages {

    @Inject
    @Any
    Instance<PublicUse> uses;

    public boolean isShown(String sha256) {
        for (PublicUse use : uses) {
            if (use.shows(sha256)) {
                return true;
            }
        }
        return false;
    }
}
