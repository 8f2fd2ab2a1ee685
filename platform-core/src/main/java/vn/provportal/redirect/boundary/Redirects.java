package vn.provportal.redirect.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import vn.provportal.platform.persistence.TenantScoped;
import vn.provportal.redirect.entity.Redirect;

/** The current province's redirect table, honoured by the portal with 301. */
@ApplicationScoped
@Transactional
@TenantScoped
public class Redirects {

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    public Optional<Redirect> find(String oldPath) {
        if (oldPath == null || oldPath.length() > 500) {
            return Optional.empty();
        }
        return em.createNamedQuery(Redirect.BY_OLD_PATH, Redirect.class).setParameter("path", Redirect.comparable(oldPath))
                .getResultStream().findFirst();
    }

    /** The redirect of the first of {@code oldPaths} the table knows, in one statement. */
    public Optional<Redirect> findAny(java.util.List<String> oldPaths) {
        java.util.List<String> candidates = oldPaths.stream().filter(p -> p != null && p.length() <= 500)
                .map(Redirect::comparable).toList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        java.util.List<Redirect> found = em.createNamedQuery(Redirect.BY_OLD_PATHS, Redirect.class)
                .setParameter("paths", candidates).getResultList();
        return candidates.stream().flatMap(p -> found.stream().filter(r -> r.getOldPath().equals(p))).findFirst();
    }

    /** Adds or replaces the redirect of {@code oldPath}. */
    public Redirect add(String oldPath, String newPath) {
        find(oldPath).ifPresent(em::remove);
        em.flush();
        Redirect redirect = new Redirect(oldPath, newPath, Instant.now());
        em.persist(redirect);
        return redirect;
    }
}
