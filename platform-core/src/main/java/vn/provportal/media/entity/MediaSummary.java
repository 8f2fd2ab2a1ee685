package vn.provportal.media.entity;

import java.time.Instant;

/** A stored image as the media library lists it, without its bytes. */
public record MediaSummary(String sha256, String contentType, int width, int height, long sizeBytes,
        String originalName, String uploadedBy, Instant createdAt) implements java.io.Serializable {

    /** EL reads bean getters, not record accessors. */
    public String getSha256() {
        return sha256;
    }

    public String getOriginalName() {
        return originalName;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getDimensions() {
        return width + " × " + height;
    }

    public String getSize() {
        return sizeBytes >= 1_048_576 ? String.format("%.1f MB", sizeBytes / 1_048_576.0)
                : Math.max(1, sizeBytes / 1024) + " KB";
    }
}
