package vn.provportal.admin.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import vn.provportal.audit.boundary.AuditLog;
import vn.provportal.audit.entity.AuditEntry;

/** Backs {@code /console/audit.xhtml}: the audit log filtered by bookmarkable parameters, newest first. */
@Named
@RequestScoped
public class AuditBacking {

    static final int SHOWN = 500;

    @Inject
    AuditLog log;

    private String province;
    private String actor;
    private String action;
    private LocalDate from;
    private LocalDate to;
    private List<AuditEntry> entries;

    public List<AuditEntry> getEntries() {
        if (entries == null) {
            entries = log.find(filter(), SHOWN);
        }
        return entries;
    }

    AuditLog.Filter filter() {
        return new AuditLog.Filter(province, actor, action, from, to);
    }

    /** The CSV export of the same filter. */
    public String getCsvLink() {
        StringBuilder link = new StringBuilder("audit.csv?");
        append(link, "tinh", province);
        append(link, "nguoi", actor);
        append(link, "hanh-dong", action);
        append(link, "tu", from == null ? null : from.toString());
        append(link, "den", to == null ? null : to.toString());
        return link.toString();
    }

    private static void append(StringBuilder link, String name, String value) {
        if (value != null && !value.isBlank()) {
            link.append(name).append('=').append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)).append('&');
        }
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    /** The action in words ("Đăng nhập"), from the bundle's {@code audit.action.*}; an unknown code as it is. */
    public String label(String action) {
        java.util.ResourceBundle bundle = jakarta.faces.context.FacesContext.getCurrentInstance().getApplication()
                .getResourceBundle(jakarta.faces.context.FacesContext.getCurrentInstance(), "msg");
        String key = "audit.action." + action;
        return bundle != null && bundle.containsKey(key) ? bundle.getString(key) : action;
    }

    /** An address as people write it: {@code ::1}, not Java's {@code 0:0:0:0:0:0:0:1}. */
    public static String address(String address) {
        if (address == null || !address.contains(":")) {
            return address;
        }
        String compressed = address.replaceFirst("(^|:)0(:0)+(:|$)", "::");
        return compressed.equals(address) ? address : compressed;
    }
}
