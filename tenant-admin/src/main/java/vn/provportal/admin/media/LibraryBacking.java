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
            Faces.info("Đã lưu " + name + " (" + file.getWidth() + " × " + file.getHeight() + ")");
        } catch (InvalidInput e) {
            Faces.error(e);
        }
    }

    public List<MediaSummary> getImages() {
        return media.newestFirst(200);
    }
}
