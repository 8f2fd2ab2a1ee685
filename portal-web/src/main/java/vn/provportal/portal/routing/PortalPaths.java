package vn.provportal.portal.routing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import vn.provportal.platform.VietnamTime;
import vn.provportal.tenant.boundary.CurrentTenant;
import vn.provportal.tenant.entity.Tenant;

/**
 * How this request addresses its province: {@code ""} when reached through the province's own hostname,
 * {@code "/hung-yen"} when reached through the path prefix. Pages build every link from it.
 */
@Named("portal")
@RequestScoped
public class PortalPaths {

    @Inject
    CurrentTenant currentTenant;

    private String base = "";

    /** The province of this request, or null on the platform's own pages. */
    public Tenant getProvince() {
        return currentTenant.isResolved() ? currentTenant.get() : null;
    }

    void setBase(String base) {
        this.base = base;
    }

    /** The province's home, ending in a slash. */
    public String getHome() {
        return base + "/";
    }

    public String getBase() {
        return base;
    }

    public String article(String slug) {
        return base + "/tin-tuc/" + slug;
    }

    public String getSearch() {
        return base + "/tim-kiem";
    }

    public String media(String sha256) {
        return base + "/media/" + sha256;
    }

    public String date(Instant instant) {
        return VietnamTime.date(instant);
    }

    public String dateTime(Instant instant) {
        return VietnamTime.dateTime(instant);
    }
}
