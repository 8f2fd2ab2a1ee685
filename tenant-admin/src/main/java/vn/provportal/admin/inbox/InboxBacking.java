package vn.provportal.admin.inbox;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import vn.provportal.admin.security.Roles;
import vn.provportal.admin.workspace.Faces;
import vn.provportal.inbox.boundary.Inbox;
import vn.provportal.inbox.entity.Notification;
import vn.provportal.tenant.boundary.CurrentTenant;

/**
 * Backs {@code /inbox/index.xhtml} and the menu's "Thông báo (n)": the signed-in user's notifications in their
 * province, newest first; opening the list marks them read.
 */
@Named
@RequestScoped
public class InboxBacking {

    private static final int SHOWN = 100;

    @Inject
    Inbox inbox;

    @Inject
    CurrentTenant currentTenant;

    private Long unread;
    private List<Notification> notifications;

    /** View action of the list: read them, then everything up to now counts as seen. */
    public void open() {
        if (currentTenant.isResolved()) {
            notifications = inbox.of(Faces.user(), roles(), SHOWN);
            inbox.opened(Faces.user(), Instant.now());
            unread = 0L;
        }
    }

    public List<Notification> getNotifications() {
        return notifications == null ? List.of() : notifications;
    }

    public long getUnread() {
        if (unread == null) {
            unread = currentTenant.isResolved() ? inbox.unread(Faces.user(), roles()) : 0L;
        }
        return unread;
    }

    /** Publishers and the province's administrators (who may approve too) hear of submissions. */
    private static List<String> roles() {
        return Faces.inRole(Roles.PUBLISHER) || Faces.inRole(Roles.TENANT_ADMIN) ? List.of(Inbox.PUBLISHERS) : List.of();
    }
}
