package vn.provportal.admin.consultation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import vn.provportal.admin.workspace.Faces;
import vn.provportal.admin.workspace.Uploads;
import vn.provportal.consultation.boundary.Consultations;
import vn.provportal.consultation.entity.Consultation;
import vn.provportal.consultation.entity.Opinion;
import vn.provportal.consultation.entity.OpinionStatus;
import vn.provportal.document.control.AttachmentCheck;
import vn.provportal.platform.InvalidInput;
import vn.provportal.platform.VietnamTime;

/**
 * Backs {@code /consultations/edit.xhtml[?id=]}: a draft put to citizens — its title, agency, summary and period, the
 * draft file (checked by content) — its opinions published or declined by a publisher, and once closed the summary of
 * what was received and taken up. A refused save keeps what was typed; another province's id is a 404.
 */
@Named
@ViewScoped
public class ConsultationDeskBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Consultations consultations;

    private Long id;
    /** Read again on the node a replicated view lands on: an entity does not travel with the view. */
    private transient Consultation consultation;
    private transient Part file;
    private String title = "";
    private String agency = "";
    private String summary = "";
    private LocalDate opensOn;
    private LocalDate closesOn;
    private String result = "";

    public void load() throws IOException {
        if (Faces.isPostback()) {
            return;
        }
        if (id == null) {
            opensOn = VietnamTime.today();
            closesOn = opensOn.plusDays(30);
            return;
        }
        try {
            consultation = consultations.get(id);
        } catch (InvalidInput e) {
            Faces.notFound();
            return;
        }
        title = consultation.getTitle();
        agency = consultation.getAgency();
        summary = consultation.getSummary();
        opensOn = consultation.getOpensOn();
        closesOn = consultation.getClosesOn();
        result = consultation.getResultSummary() == null ? "" : consultation.getResultSummary();
    }

    /** A new consultation goes to its own page, where the draft is attached; a correction stays. */
    public String save() {
        if (id == null) {
            try {
                Consultation created = consultations.create(title, agency, summary, opensOn, closesOn, Faces.user());
                Faces.info("done.consultation.created", created.getTitle());
                Faces.keepMessages();
                return "/consultations/edit?faces-redirect=true&id=" + created.getId();
            } catch (InvalidInput e) {
                Faces.error(e);
                return null;
            }
        }
        Faces.attempt(() -> consultation = consultations.update(id, title, agency, summary, opensOn, closesOn),
                "done.consultation.saved");
        return null;
    }

    public void attachDraft() throws IOException {
        Optional<byte[]> read = Uploads.read(file, AttachmentCheck.MAX_BYTES);
        if (read.isEmpty()) {
            return;
        }
        byte[] bytes = read.get();
        String name = file.getSubmittedFileName();
        Faces.attempt(() -> consultation = consultations.attachDraft(id, name, bytes), "done.document.attached", name);
    }

    public void publishOpinion(long opinionId) {
        if (Faces.mayPublish()) {
            Faces.attempt(() -> consultations.moderate(opinionId, true, Faces.user()), "done.opinion.published");
        }
    }

    public void declineOpinion(long opinionId) {
        if (Faces.mayPublish()) {
            Faces.attempt(() -> consultations.moderate(opinionId, false, Faces.user()), "done.opinion.declined");
        }
    }

    public void publishResult() {
        if (Faces.mayPublish()) {
            Faces.attempt(() -> consultation = consultations.publishResult(id, result), "done.consultation.result");
        }
    }

    public boolean isMayPublish() {
        return Faces.mayPublish();
    }

    public Consultation getConsultation() {
        if (consultation == null && id != null) {
            consultation = consultations.get(id);
        }
        return consultation;
    }

    public String getStatus() {
        return getConsultation() == null ? "" : getConsultation().status(VietnamTime.today()).name();
    }

    public List<Opinion> getOpinions() {
        return id == null ? List.of() : consultations.opinions(id, EnumSet.allOf(OpinionStatus.class));
    }

    public String date(java.time.Instant instant) {
        return VietnamTime.dateTime(instant);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }
}
