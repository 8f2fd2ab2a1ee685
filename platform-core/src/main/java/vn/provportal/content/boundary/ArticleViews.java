package vn.provportal.content.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;
import vn.provportal.content.control.ViewCounter;

/**
 * Writes batched view counts. Runs outside any request, so it names the tenant in its own SQL
 * predicate (native SQL is never tenant-filtered by EclipseLink).
 */
@ApplicationScoped
@Transactional
public class ArticleViews {

    private static final String ALLOW_NATIVE = "eclipselink.jdbc.allow-native-sql-query";

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    public void add(Map<ViewCounter.Key, Long> counts) {
        counts.forEach((key, n) -> em.createNativeQuery(ViewCounter.ADD_VIEWS)
                .setParameter(1, n)
                .setParameter(2, key.articleId())
                .setParameter(3, key.tenant())
                .setHint(ALLOW_NATIVE, true)
                .executeUpdate());
    }
}
