package vn.provportal.media.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.provportal.media.entity.MediaFile;
import vn.provportal.platform.persistence.TenantScoped;

/** The current province's stored images. */
@ApplicationScoped
@Transactional
@TenantScoped
public class MediaLibrary {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    /** Stores an image once per province; the same bytes again give the stored file back. */
    public MediaFile store(byte[] bytes) {
        ImageProbe probe = ImageProbe.of(bytes).orElseThrow(() -> new IllegalArgumentException(
                "Tệp không phải ảnh JPEG, PNG, GIF hoặc WebP / not a JPEG, PNG, GIF or WebP image"));
        String sha256 = sha256(bytes);
        return find(sha256).orElseGet(() -> {
            MediaFile file = new MediaFile(sha256, probe.contentType(), probe.width(), probe.height(), bytes,
                    Instant.now());
            em.persist(file);
            return file;
        });
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

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
