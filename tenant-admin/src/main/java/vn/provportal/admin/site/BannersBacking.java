package vn.provportal.admin.site;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.event.ReorderEvent;
import vn.provportal.admin.workspace.Faces;
import vn.provportal.banner.boundary.Banners;
import vn.provportal.banner.entity.Banner;
import vn.provportal.media.boundary.MediaLibrary;
import vn.provportal.platform.InvalidInput;
import vn.provportal.platform.Ordering;
import vn.provportal.platform.VietnamTime;

/**
 * Backs {@code /site/banners.xhtml[?id=]}: "Thông tin tuyên truyền" — image, link, the days it is shown
 * (Vietnam time, end day included) and its order.
 */
@Named
@ViewScoped
public class BannersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Banners banners;

    @Inject
    MediaLibrary media;

    private Long id;
    private String title = "";
    private String image;
    private String link = "";
    private LocalDate from;
    private LocalDate until;
    private int position;
    private List<Long> shown = List.of();

    public void load() throws IOException {
        if (id == null || Faces.isPostback()) {
            return;
        }
        var found = banners.find(id);
        if (found.isEmpty()) {
            Faces.notFound();
            return;
        }
        Banner b = found.get();
        title = b.getTitle();
        image = b.getImageSha256();
        link = b.getLink();
        from = b.getStartsAt() == null ? null : LocalDate.ofInstant(b.getStartsAt(), VietnamTime.ZONE);
        until = b.getEndsAt() == null ? null : LocalDate.ofInstant(b.getEndsAt(), VietnamTime.ZONE).minusDays(1);
        position = b.getPosition();
    }

    public void upload(FileUploadEvent event) {
        try {
            image = media.upload(event.getFile().getFileName(), event.getFile().getContent(), Faces.user()).getSha256();
            Faces.info("done.banner.image", event.getFile().getFileName());
        } catch (InvalidInput e) {
            Faces.error(e);
        }
    }

    public String save() {
        return Faces.attemptThenGo(() -> banners.save(id, title, image, link,
                from == null ? null : VietnamTime.startOf(from), until == null ? null : VietnamTime.startOf(until.plusDays(1)),
                position), "/site/banners", "done.banner.saved", title);
    }

    public void delete(long bannerId) {
        Faces.attempt(() -> banners.remove(bannerId), "done.banner.deleted");
    }

    /** The keyboard's way to order: a row's up ({@code -1}) or down ({@code +1}) button. */
    public void move(long bannerId, int step) {
        Faces.attempt(() -> banners.move(bannerId, step), "done.banner.moved", step);
    }

    /** A row dragged and dropped: the order is the list as last shown with that row moved, refused if it changed since. */
    public void onRowReorder(ReorderEvent event) {
        Faces.attempt(() -> banners.reorder(Ordering.dropped(shown, event.getFromIndex(), event.getToIndex())),
                "done.banner.reordered");
    }

    /** The list, read fresh; the ids as rendered are remembered so a drop is measured against what the user saw. */
    public List<Banner> getAll() {
        List<Banner> list = banners.all();
        if (FacesContext.getCurrentInstance().getCurrentPhaseId() == PhaseId.RENDER_RESPONSE) {
            shown = list.stream().map(Banner::getId).toList();
        }
        return list;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getImage() {
        return image;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }
}
