package vn.provportal.banner.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.provportal.banner.entity.Banner;
import vn.provportal.platform.Activity;
import vn.provportal.platform.InvalidInput;
import vn.provportal.platform.Ordering;
import vn.provportal.platform.persistence.TenantScoped;

/** The current province's banners ("Thông tin tuyên truyền"): shown on the portal, managed in the workspace. */
@ApplicationScoped
@Transactional
@TenantScoped
public class Banners {

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    @Inject
    Event<Activity> activities;

    public List<Banner> shownNow(int max) {
        return em.createNamedQuery(Banner.SHOWN_AT, Banner.class).setParameter("now", Instant.now())
                .setMaxResults(max).getResultList();
    }

    public Banner add(Banner banner) {
        em.persist(banner);
        return banner;
    }

    public List<Banner> all() {
        return em.createNamedQuery(Banner.ALL, Banner.class).getResultList();
    }

    /** Puts the banners in the order of {@code ids}, every one named once; refused whole when they changed meanwhile. */
    public void reorder(List<Long> ids) {
        Ordering.apply(all(), ids, Banner::getId, Banner::placeAt);
        activities.fire(new Activity("banner.reordered", ids.size() + " banner"));
    }

    /** One place up ({@code -1}) or down ({@code +1}): the keyboard's way. */
    public void move(long id, int step) {
        Banner banner = find(id).orElseThrow(() -> InvalidInput.of("banner.no-such-banner"));
        List<Long> ids = all().stream().map(Banner::getId).toList();
        Ordering.apply(all(), Ordering.moved(ids, ids, id, step), Banner::getId, Banner::placeAt);
        activities.fire(new Activity("banner.reordered", banner.getTitle()));
    }

    public Optional<Banner> find(long id) {
        return Optional.ofNullable(em.find(Banner.class, id));
    }

    /** Creates ({@code id} null) or changes a banner; its image must be in this province's media library. */
    public Banner save(Long id, String title, String imageSha256, String link, Instant startsAt, Instant endsAt,
            int position) {
        if (imageSha256 != null && em.createNamedQuery(vn.provportal.media.entity.MediaFile.COUNT_WITH_SHA256, Long.class)
                .setParameter("sha256", imageSha256).getSingleResult() == 0) {
            throw InvalidInput.of("content.image-not-province-s");
        }
        Banner banner;
        if (id == null) {
            banner = new Banner(title, imageSha256, link, startsAt, endsAt, position);
            em.persist(banner);
        } else {
            banner = find(id).orElseThrow(() -> InvalidInput.of("banner.no-such-banner"));
            banner.change(title, imageSha256, link, startsAt, endsAt, position);
        }
        activities.fire(new Activity(id == null ? "banner.created" : "banner.updated", banner.getTitle()));
        return banner;
    }

    public void remove(long id) {
        Banner banner = find(id).orElseThrow(() -> InvalidInput.of("banner.no-such-banner"));
        em.remove(banner);
        activities.fire(new Activity("banner.deleted", banner.getTitle()));
    }
}
