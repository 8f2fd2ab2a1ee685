package vn.provportal.content.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.provportal.content.entity.Article;
import vn.provportal.content.entity.PreviewLink;
import vn.provportal.platform.Activity;
import vn.provportal.platform.InvalidInput;
import vn.provportal.platform.Sha256;
import vn.provportal.platform.persistence.TenantScoped;

/** Shareable preview links of the current province's articles: made, listed, revoked, and opened. */
@ApplicationScoped
@Transactional
@TenantScoped
public class PreviewLinks {

    public static final int MAX_HOURS = 24 * 30;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    @Inject
    Event<Activity> activities;

    /** A link made now: the token is in the returned value only, never stored. */
    public record Issued(String token, Instant expiresAt) {

        public String getToken() {
            return token;
        }
    }

    public Issued create(long articleId, int hours, String user) {
        if (hours < 1 || hours > MAX_HOURS) {
            throw InvalidInput.of("content.link-lasts-from-1", MAX_HOURS / 24);
        }
        Article article = Optional.ofNullable(em.find(Article.class, articleId))
                .orElseThrow(() -> InvalidInput.of("content.no-such-article"));
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant now = Instant.now();
        Instant expires = now.plus(Duration.ofHours(hours));
        em.persist(new PreviewLink(article.getId(), Sha256.hex(token), user, now, expires));
        activities.fire(new Activity("article.preview-link", "Bài #" + articleId + " xem trước tới " + expires));
        return new Issued(token, expires);
    }

    public List<PreviewLink> of(long articleId) {
        return em.createNamedQuery(PreviewLink.OF_ARTICLE, PreviewLink.class).setParameter("article", articleId)
                .getResultList();
    }

    /** Revokes one of this province's links; a link of another province is not found. */
    public void revoke(long linkId) {
        PreviewLink link = Optional.ofNullable(em.find(PreviewLink.class, linkId))
                .orElseThrow(() -> InvalidInput.of("content.no-such-link"));
        link.revoke(Instant.now());
        activities.fire(new Activity("article.preview-revoked", "Bài #" + link.getArticleId()));
    }

    /** The article a valid, unexpired, unrevoked token shows, in whatever state it is. */
    public Optional<Article> open(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        return em.createNamedQuery(PreviewLink.BY_HASH, PreviewLink.class).setParameter("hash", Sha256.hex(token))
                .getResultStream().findFirst()
                .filter(link -> link.isOpenAt(now))
                .map(link -> em.find(Article.class, link.getArticleId()));
    }
}
