package vn.provportal.admin.workspace;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.provportal.admin.security.Roles;
import vn.provportal.tenant.boundary.CurrentTenant;
import vn.provportal.tenant.boundary.Tenants;
import vn.provportal.tenant.entity.Tenant;

/** Backs {@code /index.xhtml}: the signed-in user's province and its articles, or the ministry's list. */
@Named
@RequestScoped
public class WorkspaceBacking {

    @Inject
    CurrentTenant currentTenant;

    @Inject
    Tenants tenants;

    @Inject
    vn.provportal.stats.boundary.FleetStatistics fleet;

    private java.util.Map<String, vn.provportal.stats.boundary.FleetStatistics.Rates> rates;

    private List<Tenant> provinces;

    @Inject
    vn.provportal.content.boundary.Worklist worklist;

    private Queue queue;

    @Inject
    vn.provportal.comment.boundary.Comments comments;

    private Long pendingComments;

    /** Comments waiting for moderation, beside the queue's link in the menu. */
    public long getPendingComments() {
        if (pendingComments == null) {
            pendingComments = comments.count(vn.provportal.comment.entity.CommentStatus.PENDING);
        }
        return pendingComments;
    }

    /** The counts beside the newsroom's views in the menu. */
    public record Queue(long mine, long returned, long inReview) {

        public long getMine() {
            return mine;
        }

        public long getReturned() {
            return returned;
        }

        public long getInReview() {
            return inReview;
        }
    }

    public String getUserName() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
    }

    public boolean isMinistry() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.PLATFORM_ADMIN);
    }

    /** Administrators and publishers shape the site: categories, menu, banners, comments. */
    public boolean isSiteManager() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(Roles.TENANT_ADMIN) || external.isUserInRole(Roles.PUBLISHER) || isMinistry();
    }

    public boolean isStatisticsDesk() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.TENANT_ADMIN) || isMinistry();
    }

    /** The signed-in user's own articles, those returned to them, and those waiting for review: read once a request. */
    public Queue getQueue() {
        if (queue == null) {
            String user = getUserName();
            queue = new Queue(worklist.count(vn.provportal.content.boundary.ArticleFilter.writtenBy(user)),
                    worklist.count(vn.provportal.content.boundary.ArticleFilter.returnedTo(user)),
                    worklist.count(vn.provportal.content.boundary.ArticleFilter.inReview()));
        }
        return queue;
    }

    public Tenant getProvince() {
        return currentTenant.isResolved() ? currentTenant.get() : null;
    }

    /** Every province, for the ministry only; a provincial user never gets the list. */
    public List<Tenant> getProvinces() {
        if (provinces == null) {
            provinces = isMinistry() ? tenants.all() : List.of();
        }
        return provinces;
    }

    /** Latest on-time and satisfaction rates by province code, for the ministry only. */
    public java.util.Map<String, vn.provportal.stats.boundary.FleetStatistics.Rates> getRates() {
        if (rates == null) {
            rates = isMinistry() ? fleet.latestRates() : java.util.Map.of();
        }
        return rates;
    }
}
