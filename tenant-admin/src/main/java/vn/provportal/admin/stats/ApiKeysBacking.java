package vn.provportal.admin.stats;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
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

    private String label = "";
    private String issued;
    private List<ApiKey> keys;

    public boolean isProvinceChosen() {
        return currentTenant.isResolved();
    }

    public void create() {
        String name = label == null || label.isBlank() ? "Hệ thống dịch vụ công" : label.strip();
        issued = apiKeys.issue(province(), name).plainText();
        keys = null;
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                "Đã tạo khóa. Hãy sao chép ngay: khóa chỉ hiển thị một lần.", "Copy the key now: it is shown once."));
    }

    public void revoke(long id) {
        boolean done = apiKeys.revoke(province(), id);
        keys = null;
        FacesContext.getCurrentInstance().addMessage(null, done
                ? new FacesMessage(FacesMessage.SEVERITY_INFO, "Đã thu hồi khóa", null)
                : new FacesMessage(FacesMessage.SEVERITY_ERROR, "Không tìm thấy khóa", "No such key"));
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
