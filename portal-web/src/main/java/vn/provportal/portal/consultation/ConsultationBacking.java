package vn.provportal.portal.consultation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import vn.provportal.consultation.boundary.Consultations;
import vn.provportal.consultation.entity.Consultation;
import vn.provportal.consultation.entity.Opinion;
import vn.provportal.consultation.entity.OpinionStatus;
import vn.provportal.platform.InvalidInput;
import vn.provportal.platform.VietnamTime;
import vn.provportal.portal.comment.FormToken;
import vn.provportal.portal.routing.NotFound;
import vn.provportal.portal.routing.PortalPaths;
import vn.provportal.tenant.boundary.CurrentTenant;

/**
 * One draft put to citizens ({@code /<province>/gop-y-du-thao/<slug>}): what it is, its period and status, the draft
 * to download, the opinions published, the form while it is open, and once closed the summary. A refused opinion comes
 * back here from {@link ConsultationServlet} with the reason and what was typed. Any other address is a 404.
 */
@Named
@RequestScoped
public class ConsultationBacking {

    static final String REFUSAL = "provportal.consultation.refusal";

    @Inject
    Consultations consultations;

    @Inject
    PortalPaths paths;

    @Inject
    NotFound notFound;

    @Inject
    FormToken tokens;

    @Inject
    CurrentTenant currentTenant;

    private Consultation consultation;
    private List<Opinion> opinions = List.of();

    public void load() throws IOException {
        consultation = consultations.bySlug(paths.getParameter()).orElse(null);
        if (consultation == null) {
            notFound.respondInFaces();
            return;
        }
        opinions = consultations.opinions(consultation.getId(), EnumSet.of(OpinionStatus.PUBLISHED));
    }

    public String getStatus() {
        return consultation.status(VietnamTime.today()).name();
    }

    public String getFormToken() {
        return tokens.issue(currentTenant.get().getCode().value(), ConsultationServlet.form(consultation.getSlug()));
    }

    /** Why the opinion was refused, in the page's language; empty when it was not. */
    public String getRefusal() {
        Object refusal = request().getAttribute(REFUSAL);
        return refusal instanceof InvalidInput e ? e.message(FacesContext.getCurrentInstance().getViewRoot().getLocale()) : "";
    }

    /** What the citizen typed in {@code field} when the opinion was refused; empty otherwise. */
    public String typed(String field) {
        String value = request().getAttribute(REFUSAL) == null ? null : request().getParameter(field);
        return value == null ? "" : value;
    }

    public boolean isConsented() {
        return request().getAttribute(REFUSAL) != null && request().getParameter("consent") != null;
    }

    public boolean isThanked() {
        return "cam-on".equals(request().getParameter("gop-y")) && request().getAttribute(REFUSAL) == null;
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    /** The summary's paragraphs, as typed. */
    public List<String> paragraphs(String text) {
        return text == null ? List.of() : List.of(text.split("\\n\\s*\\n|\\n"));
    }

    public Consultation getConsultation() {
        return consultation;
    }

    public List<Opinion> getOpinions() {
        return opinions;
    }
}
