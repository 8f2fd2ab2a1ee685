package vn.provportal.provisioning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.provportal.people.boundary.Directory;
import vn.provportal.people.boundary.NewPerson;
import vn.provportal.people.boundary.ProvinceRole;
import vn.provportal.platform.Activity;
import vn.provportal.platform.InvalidInput;
import vn.provportal.platform.persistence.TenantDiscriminator;
import vn.provportal.tenant.boundary.CurrentTenant;
import vn.provportal.tenant.boundary.Tenants;
import vn.provportal.tenant.entity.Tenant;
import vn.provportal.tenant.entity.TenantCode;

/**
 * Provisions a province in one go: its record and hostnames and (optionally) a starter site in the database,
 * then its groups and first administrator in Keycloak. If Keycloak refuses anything, what Keycloak already
 * made is removed and the database transaction rolls back, so nothing half-made remains; the reason is
 * returned in Vietnamese. The portal answers at the new hostnames at once (they are looked up per request).
 */
@ApplicationScoped
public class Provisioning {

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    @Inject
    Tenants tenants;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    StarterSite starterSite;

    @Inject
    Directory directory;

    @Inject
    Event<Activity> activities;

    /**
     * The new province (its code and name: a screen keeps this in its view, which the cluster replicates, so no
     * entity) and its administrator's temporary password, shown once.
     */
    public record Provisioned(String code, String nameVi, String adminUsername, String temporaryPassword)
            implements java.io.Serializable {

        public String getCode() {
            return code;
        }

        public String getNameVi() {
            return nameVi;
        }

        public String getAdminUsername() {
            return adminUsername;
        }

        public String getTemporaryPassword() {
            return temporaryPassword;
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Provisioned provision(ProvinceRequest request) {
        TenantCode code = request.checkedCode();
        String nameVi = request.checkedName(request.nameVi(), "Tên tiếng Việt");
        String nameEn = request.checkedName(request.nameEn(), "Tên tiếng Anh");
        List<String> hostnames = request.checkedHostnames();
        NewPerson admin = request.admin();
        if (tenants.findByCode(code.value()).isPresent()) {
            throw InvalidInput.of("provisioning.province-code-taken", code);
        }
        for (String host : hostnames) {
            tenants.findByHostname(host).ifPresent(t -> {
                throw InvalidInput.of("provisioning.hostname-taken", host, t.getNameVi());
            });
        }
        TenantDiscriminator.bind(em, code.value());
        Tenant tenant = tenants.register(code, nameVi, nameEn, request.checkedTheme(), hostnames);
        if (request.starterSite()) {
            currentTenant.callAs(tenant, () -> {
                starterSite.furnish(tenant);
                return null;
            });
        }
        em.flush();
        String group = directory.createProvinceGroups(code.value());
        try {
            Directory.Invited invited = directory.createMember(code.value(), ProvinceRole.ADMIN, admin);
            activities.fire(new Activity("province.provisioned", nameVi + " (" + code + "), quản trị viên "
                    + admin.username() + ", tên miền " + hostnames));
            return new Provisioned(tenant.getCode().value(), tenant.getNameVi(), admin.username(), invited.temporaryPassword());
        } catch (RuntimeException e) {
            directory.deleteGroup(group);
            throw e;
        }
    }
}
