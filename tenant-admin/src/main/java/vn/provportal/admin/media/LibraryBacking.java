package vn.provportal.admin.media;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import vn.provportal.admin.workspace.Faces;
import vn.provportal.media.boundary.MediaLibrary;
import vn.provportal.media.entity.MediaSummary;
import vn.provportal.platform.InvalidInput;

/**
 * Backs {@code /media/library.xhtml}: many images at once (chosen or dropped, each with its progress bar),
 * each checked by content; a refused file says why and the others still go in.
 */
@Named
@ViewScoped
public class LibraryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MediaLibrary media;

    public void upload(FileUploadEvent event) {
        String name = event.getFile().getFileName();
        try {
            var file = media.upload(name, event.getFile().getContent(), Faces.user());
            Faces.info("done.image.stored", name, String.valueOf(file.getWidth()), String.valueOf(file.getHeight()));
            images = null;
        } catch (InvalidInput e) {
            Faces.error(e);
        }
    }

    private String words;
    private java.time.LocalDate from;
    private java.time.LocalDate to;
    private String use;
    private List<MediaSummary> images;

    /** The library narrowed by the bookmarkable search bar ({@code ?tim=&tu=&den=&dung=co|khong}), newest first. */
    public List<MediaSummary> getImages() {
        if (images == null) {
            Boolean used = "co".equals(use) ? Boolean.TRUE : "khong".equals(use) ? Boolean.FALSE : null;
            images = media.search(words, from, to, used, 200);
        }
        return images;
    }

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }

    public java.time.LocalDate getFrom() {
        return from;
    }

    public void setFrom(java.time.LocalDate from) {
        this.from = from;
    }

    public java.time.LocalDate getTo() {
        return to;
    }

    public void setTo(java.time.LocalDate to) {
        this.to = to;
    }

    public String getUse() {
        return use;
    }

    public void setUse(String use) {
        this.use = use;
    }
}
