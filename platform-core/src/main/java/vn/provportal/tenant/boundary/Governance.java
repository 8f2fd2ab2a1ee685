package vn.provportal.tenant.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.function.Consumer;
import vn.provportal.platform.Activity;
import vn.provportal.platform.InvalidInput;
import vn.provportal.tenant.entity.Tenant;
import vn.provportal.tenant.entity.Theme;

/** The ministry's hand on a province: its theme, and suspending, resuming or archiving it. Audited. */
@ApplicationScoped
@Transactional
public class Governance {

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    @Inject
    Event<Activity> activities;

    public Tenant changeTheme(String code, Theme theme) {
        return act(code, "province.theme-changed", t -> t.changeTheme(theme.withDetails(t.getTheme().getLogoSha256(),
                t.getTheme().getBannerSha256(), t.getTheme().getLicenceLine(), theme.getLayout())));
    }

    public Tenant suspend(String code) {
        return act(code, "province.suspended", Tenant::suspend);
    }

    public Tenant resume(String code) {
        return act(code, "province.resumed", Tenant::resume);
    }

    public Tenant archive(String code) {
        return act(code, "province.archived", Tenant::archive);
    }

    private Tenant act(String code, String action, Consumer<Tenant> change) {
        Tenant tenant = em.createNamedQuery(Tenant.BY_CODE, Tenant.class).setParameter("code", code).getResultStream()
                .findFirst().orElseThrow(() -> InvalidInput.of("tenant.no-province", code));
        change.accept(tenant);
        activities.fire(new Activity(action, tenant.getNameVi() + " (" + code + ") → " + tenant.getStatus()));
        return tenant;
    }
}
