package vn.provportal.admin.stats;

import jakarta.enterprise.context.RequestScoped;
import vn.provportal.admin.workspace.Faces;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.provportal.apikey.boundary.ApiKeys;
import vn.provportal.apikey.entity.ApiKey;
import vn.provportal.platform.VietnamTime;
import vn.provportal.tenant.boundary.CurrentTenant;

/** Backs {@code /stats/keys.xhtml}: the province's API keys; a new key is shown once, then only its prefix. */
@Named
@RequestScoped
public class ApiKeysBacking {

    @Inject
    ApiKeys apiKeys;

    @Inject
    CurrentTenant currentTenant;

    private static final String ISSUED = "vn.provportal.admin.issuedKey";

    private String label = "";
    private String issued;
    private List<ApiKey> keys;

    public boolean isProvinceChosen() {
        return currentTenant.isResolved();
    }

    /**
     * Issues a key and answers with a redirect (post/redirect/get): reloading the page then shows the list again
     * instead of sending the form once more (a reload made a second active key). The new key travels in the flash
     * to the one page that shows it.
     */
    public String create() {
        String name = label == null || label.isBlank() ? "Hệ thống dịch vụ công" : label.strip();
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().put(ISSUED, apiKeys.issue(province(), name).plainText());
        faces.getExternalContext().getFlash().setKeepMessages(true);
        Faces.warn("done.key.issued");
        return "/stats/keys.xhtml?faces-redirect=true";
    }

    public void revoke(long id) {
        boolean done = apiKeys.revoke(province(), id);
        keys = null;
        if (done) {
            Faces.info("done.key.revoked");
        } else {
            Faces.error("error.key.unknown");
        }
    }

    public List<ApiKey> getKeys() {
        if (keys == null) {
            keys = currentTenant.isResolved() ? apiKeys.ofProvince(province()) : List.of();
        }
        return keys;
    }

    public String dateTime(java.time.Instant instant) {
        return instant == null ? "—" : VietnamTime.dateTime(instant);
    }

    public String getIssued() {
        if (issued == null) {
            issued = (String) FacesContext.getCurrentInstance().getExternalContext().getFlash().get(ISSUED);
        }
        return issued;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    private String province() {
        return currentTenant.get().getCode().value();
    }
}
