package vn.provportal.admin.console;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import vn.provportal.admin.workspace.Faces;
import vn.provportal.syndication.boundary.Notices;
import vn.provportal.syndication.boundary.Syndication;
import vn.provportal.syndication.entity.Notice;
import vn.provportal.tenant.boundary.Tenants;
import vn.provportal.tenant.entity.Tenant;

/**
 * Backs {@code /console/broadcast.xhtml}: the urgent notice on every portal (shown and withdrawn at once) and
 * articles pushed to all or chosen provinces (withdrawn everywhere at once).
 */
@Named
@ViewScoped
public class BroadcastBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Notices notices;

    @Inject
    Syndication syndication;

    @Inject
    Tenants tenants;

    private String message = "";
    private String link = "";
    private String title = "";
    private String lead = "";
    private String body = "";
    private List<String> provinces = new ArrayList<>();

    public void broadcast() {
        if (Faces.attempt(() -> notices.broadcast(message, link, Faces.user()), "done.notice")) {
            message = "";
            link = "";
        }
    }

    public void withdrawNotice(long id) {
        Faces.attempt(() -> notices.withdraw(id, Faces.user()), "done.notice.withdrawn");
    }

    public void push() {
        if (Faces.attempt(() -> syndication.push(title, lead, body, provinces, Faces.user()),
                "done.pushed", title)) {
            title = "";
            lead = "";
            body = "";
        }
    }

    public void withdrawPush(String key) {
        Faces.attempt(() -> syndication.withdraw(key, Faces.user()), "done.push.withdrawn");
    }

    public List<Notice> getNotices() {
        return notices.recent(10);
    }

    public List<Object[]> getPushes() {
        return syndication.recent(20);
    }

    public List<Tenant> getActiveProvinces() {
        return tenants.all().stream().filter(Tenant::isServing).toList();
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getLead() {
        return lead;
    }

    public void setLead(String lead) {
        this.lead = lead;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public List<String> getProvinces() {
        return provinces;
    }

    public void setProvinces(List<String> provinces) {
        this.provinces = provinces;
    }
}
