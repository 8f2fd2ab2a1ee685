package vn.provportal.admin.content;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.provportal.admin.workspace.Faces;
import vn.provportal.content.boundary.PreviewLinks;
import vn.provportal.content.entity.PreviewLink;
import vn.provportal.platform.InvalidInput;
import vn.provportal.tenant.boundary.CurrentTenant;

/**
 * The preview links of the article open in {@code /content/edit.xhtml}: make one for a number of hours (the
 * link is shown once), see which are still open, revoke any.
 */
@Named
@ViewScoped
public class PreviewLinksBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PreviewLinks links;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    EditArticleBacking editor;


    private int hours = 72;
    private String issued;

    public void create() {
        try {
            var link = links.create(editor.getId(), hours, Faces.user());
            issued = base() + "/" + currentTenant.get().getCode().value() + "/xem-truoc/" + link.token();
            Faces.info("done.preview.issued", vn.provportal.platform.VietnamTime.dateTime(link.expiresAt()));
        } catch (InvalidInput e) {
            Faces.error(e);
        }
    }

    public void revoke(long linkId) {
        Faces.attempt(() -> links.revoke(linkId), "done.preview.revoked");
    }

    public List<PreviewLink> getLinks() {
        return editor.getId() == null ? List.of() : links.of(editor.getId());
    }

    private String base() {
        // Where citizens reach the portal; none means the same server as this workspace. Read here, not injected:
        // an injected Optional would not survive the session's replication to another node.
        java.util.Optional<String> portalUrl = ConfigProvider.getConfig().getOptionalValue("provportal.portal.url", String.class);
        if (portalUrl.isPresent() && !portalUrl.get().isBlank()) {
            return portalUrl.get().replaceAll("/+$", "");
        }
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        String port = request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort();
        return request.getScheme() + "://" + request.getServerName() + port;
    }

    public int getHours() {
        return hours;
    }

    public void setHours(int hours) {
        this.hours = hours;
    }

    public String getIssued() {
        return issued;
    }
}
