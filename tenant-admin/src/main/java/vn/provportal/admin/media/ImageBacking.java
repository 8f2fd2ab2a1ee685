package vn.provportal.admin.media;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import vn.provportal.admin.workspace.Faces;
import vn.provportal.media.boundary.MediaLibrary;
import vn.provportal.media.entity.MediaFile;
import vn.provportal.platform.InvalidInput;

/**
 * Backs {@code /media/image.xhtml?anh=}: one image of the library — its size, its scaled copies, where the province
 * uses it — and deleting it when nothing does. Another province's image answers 404.
 */
@Named
@ViewScoped
public class ImageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MediaLibrary media;

    private String sha256;
    private String name;
    private String dimensions;
    private long derivatives;
    private List<String> uses = List.of();
    private String caption;
    private String alt;

    /** View action: loads the image of {@code ?anh=}, or 404. */
    public void load() throws IOException {
        if (Faces.isPostback()) {
            return;
        }
        var file = sha256 == null || !sha256.matches("[0-9a-f]{64}") ? java.util.Optional.<MediaFile>empty() : media.find(sha256);
        if (file.isEmpty()) {
            Faces.notFound();
            return;
        }
        name = file.get().getOriginalName();
        dimensions = file.get().getWidth() + " × " + file.get().getHeight();
        derivatives = media.derivativeCount(sha256);
        uses = media.usesOf(sha256);
        caption = file.get().getDefaultCaption();
        alt = file.get().getDefaultAlt();
    }

    /** Saves the image's own caption and alt text; placing it in an article starts from them. */
    public void describe() {
        Faces.attempt(() -> media.describe(sha256, caption, alt), "done.image.described");
    }

    public String getCaption() {
        return caption;
    }

    public void setCaption(String caption) {
        this.caption = caption;
    }

    public String getAlt() {
        return alt;
    }

    public void setAlt(String alt) {
        this.alt = alt;
    }

    /** Deletes the image if nothing uses it, then back to the library with the message. */
    public String delete() {
        try {
            media.delete(sha256, Faces.user());
            Faces.info("done.image.deleted", name == null ? "" : name);
            Faces.keepMessages();
            return "/media/library?faces-redirect=true";
        } catch (InvalidInput e) {
            Faces.error(e);
            return null;
        }
    }

    public String getSha256() {
        return sha256;
    }

    public void setSha256(String sha256) {
        this.sha256 = sha256;
    }

    public String getName() {
        return name;
    }

    public String getDimensions() {
        return dimensions;
    }

    public long getDerivatives() {
        return derivatives;
    }

    public List<String> getUses() {
        return uses;
    }
}
