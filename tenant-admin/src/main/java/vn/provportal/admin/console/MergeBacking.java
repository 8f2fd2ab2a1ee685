package vn.provportal.admin.console;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.provportal.admin.workspace.Faces;
import vn.provportal.merge.boundary.MergePlan;
import vn.provportal.merge.boundary.ProvinceMerge;
import vn.provportal.people.boundary.Directory;
import vn.provportal.platform.InvalidInput;
import vn.provportal.tenant.boundary.Tenants;
import vn.provportal.tenant.entity.Tenant;

/**
 * Backs {@code /console/merge.xhtml}: pick the absorbed and the receiving province, see the dry run, then
 * merge. The content moves in one transaction; the people then move in Keycloak. Should Keycloak fail at that
 * point, the screen says so and merging again (which changes nothing in the content) finishes the move.
 */
@Named
@ViewScoped
public class MergeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProvinceMerge merges;

    @Inject
    Directory directory;

    @Inject
    Tenants tenants;

    private String source;
    private String target;
    private MergePlan plan;
    private Integer peopleMoved;

    public void dryRun() {
        peopleMoved = null;
        try {
            plan = merges.plan(source, target);
        } catch (InvalidInput e) {
            plan = null;
            Faces.error(e);
        }
    }

    public void merge() {
        try {
            plan = merges.merge(source, target, Faces.user());
        } catch (InvalidInput e) {
            Faces.error(e);
            return;
        }
        try {
            peopleMoved = directory.moveEveryone(source, target);
            Faces.info("done.merged", plan.sourceName(), plan.targetName(), peopleMoved);
        } catch (InvalidInput e) {
            Faces.error(InvalidInput.of("console.refused", e.messageVi(), e.messageEn()));
        }
    }

    public List<Tenant> getProvinces() {
        return tenants.all();
    }

    public MergePlan getPlan() {
        return plan;
    }

    public Integer getPeopleMoved() {
        return peopleMoved;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }
}
