package vn.provportal.media.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.provportal.media.control.CleanCopy;
import vn.provportal.media.control.Derivatives;
import vn.provportal.media.control.UploadCheck;
import vn.provportal.media.entity.FileName;
import vn.provportal.media.entity.MediaDerivative;
import vn.provportal.media.entity.MediaFile;
import vn.provportal.media.entity.MediaSummary;
import vn.provportal.platform.Activity;
import vn.provportal.platform.InvalidInput;
import vn.provportal.platform.Sha256;
import vn.provportal.platform.persistence.TenantScoped;

/**
 * The current province's stored images: uploads checked by content ({@link UploadCheck}), kept as a clean
 * re-encoded copy without metadata ({@link CleanCopy}), stored once per SHA-256 of that copy, with their scaled
 * derivatives made once at upload.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class MediaLibrary {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    @Inject
    Event<Activity> activities;

    @Inject
    jakarta.enterprise.inject.Instance<MediaUses> uses;

    /** Checks and stores an editor's upload; the same image again gives the stored file back. */
    public MediaFile upload(String fileName, byte[] bytes, String user) {
        MediaFile file = keep(fileName, bytes, user);
        try {
            em.flush(); // the bytes reach the database here, so a full disk is refused here, with nothing kept
        } catch (jakarta.persistence.PersistenceException e) {
            if (vn.provportal.platform.persistence.StorageFull.isCause(e)) {
                throw InvalidInput.of("media.storage-full", FileName.shown(fileName, ""));
            }
            throw e;
        }
        activities.fire(new Activity("media.uploaded", FileName.shown(fileName, "") + " " + file.getSha256()
                .substring(0, 12) + " " + file.getWidth() + "×" + file.getHeight()));
        return file;
    }

    /** Stores an image that came with the platform (demo content) the same way as an upload, unannounced. */
    public MediaFile store(byte[] bytes) {
        return keep(null, bytes, null);
    }

    private MediaFile keep(String fileName, byte[] bytes, String user) {
        ImageProbe probe = UploadCheck.probe(fileName, bytes);
        CleanCopy.Image clean = CleanCopy.of(bytes, probe);
        String sha256 = Sha256.hex(clean.bytes());
        Optional<MediaFile> known = find(sha256);
        if (known.isPresent()) {
            return known.get();
        }
        MediaFile file = new MediaFile(sha256, clean.contentType(), clean.width(), clean.height(), clean.bytes(),
                Instant.now()).uploadedAs(FileName.clean(fileName), user);
        em.persist(file);
        for (Derivatives.Scaled scaled : Derivatives.of(clean)) {
            em.persist(new MediaDerivative(sha256, scaled.width(), scaled.height(), scaled.contentType(), scaled.bytes()));
        }
        return file;
    }

    public Optional<MediaFile> find(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            return Optional.empty();
        }
        return em.createNamedQuery(MediaFile.BY_SHA256, MediaFile.class)
                .setParameter("sha256", sha256)
                .getResultStream()
                .findFirst();
    }

    /** The scaled copy {@code width} pixels wide, when the original was wider than that. */
    public Optional<MediaDerivative> derivative(String sha256, int width) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            return Optional.empty();
        }
        return em.createNamedQuery(MediaDerivative.OF, MediaDerivative.class)
                .setParameter("sha256", sha256).setParameter("width", width)
                .getResultStream().findFirst();
    }

    public long derivativeCount(String sha256) {
        return em.createNamedQuery(MediaDerivative.COUNT_OF, Long.class).setParameter("sha256", sha256).getSingleResult();
    }

    public List<MediaSummary> newestFirst(int max) {
        return em.createNamedQuery(MediaFile.NEWEST_FIRST, MediaSummary.class).setMaxResults(max).getResultList();
    }

    /**
     * The library narrowed: words of the file name or of a caption or alt text an article gives the image, uploaded
     * within days (Vietnam time), and used in an article or not ({@code null} for either); newest first.
     */
    public List<MediaSummary> search(String words, java.time.LocalDate from, java.time.LocalDate to, Boolean usedInArticles,
            int max) {
        StringBuilder jpql = new StringBuilder("SELECT NEW vn.provportal.media.entity.MediaSummary(m.sha256, m.contentType, "
                + "m.width, m.height, m.sizeBytes, m.originalName, m.uploadedBy, m.createdAt) FROM MediaFile m WHERE 1 = 1");
        java.util.Map<String, Object> parameters = new java.util.HashMap<>();
        if (words != null && !words.isBlank()) {
            jpql.append(" AND (LOWER(m.originalName) LIKE :words ESCAPE '\\' OR EXISTS (SELECT i FROM ArticleImage i WHERE "
                    + "i.mediaSha256 = m.sha256 AND (LOWER(i.caption) LIKE :words ESCAPE '\\' OR LOWER(i.altText) LIKE :words "
                    + "ESCAPE '\\')))");
            parameters.put("words", vn.provportal.platform.Containing.pattern(words));
        }
        if (from != null) {
            jpql.append(" AND m.createdAt >= :from");
            parameters.put("from", vn.provportal.platform.VietnamTime.startOf(from));
        }
        if (to != null) {
            jpql.append(" AND m.createdAt < :to");
            parameters.put("to", vn.provportal.platform.VietnamTime.startOf(to.plusDays(1)));
        }
        if (usedInArticles != null) {
            jpql.append(usedInArticles ? " AND" : " AND NOT").append(" EXISTS (SELECT u FROM ArticleImage u WHERE u.mediaSha256 = m.sha256)");
        }
        jpql.append(" ORDER BY m.createdAt DESC, m.id DESC");
        var query = em.createQuery(jpql.toString(), MediaSummary.class).setMaxResults(max);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /** Sets the image's own caption and alt text, offered wherever it is placed next. */
    public MediaFile describe(String sha256, String caption, String alt) {
        MediaFile file = find(sha256).orElseThrow(() -> InvalidInput.of("media.no-such-image"));
        file.describe(caption, alt);
        activities.fire(new Activity("media.described", sha256.substring(0, 12)));
        return file;
    }

    /** Where the province uses the image (articles in any state, banners, the theme), in words. */
    public List<String> usesOf(String sha256) {
        List<String> found = new java.util.ArrayList<>();
        uses.forEach(u -> found.addAll(u.of(sha256)));
        return found;
    }

    /** Deletes an image nobody uses, with its scaled copies; one in use is refused, naming where it is used. */
    public void delete(String sha256, String user) {
        MediaFile file = find(sha256).orElseThrow(() -> InvalidInput.of("media.no-such-image"));
        List<String> where = usesOf(sha256);
        if (!where.isEmpty()) {
            throw InvalidInput.of("media.image-use", String.join("; ", where));
        }
        em.createQuery("DELETE FROM MediaDerivative d WHERE d.sha256 = :sha256").setParameter("sha256", sha256).executeUpdate();
        em.remove(file);
        activities.fire(new Activity("media.deleted", FileName.shown(file.getOriginalName(), "") + " " + sha256.substring(0, 12)
                + " bởi " + user));
    }
}
