package vn.provportal.admin.people;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.provportal.admin.workspace.Faces;
import vn.provportal.people.boundary.Directory;
import vn.provportal.people.boundary.NewPerson;
import vn.provportal.people.boundary.ProvinceRole;
import vn.provportal.platform.Activity;
import vn.provportal.platform.InvalidInput;
import vn.provportal.tenant.boundary.CurrentTenant;

/**
 * Backs {@code /people/index.xhtml}: a provincial administrator's own people — invite an editor or publisher
 * (who sets their own password at first sign-in), change someone's role, disable or re-enable them. Only
 * people of the signed-in user's province are listed or changed; everything happens in Keycloak.
 */
@Named
@ViewScoped
public class PeopleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Directory directory;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    jakarta.enterprise.event.Event<Activity> activities;

    private String username = "";
    private String email = "";
    private String name = "";
    private ProvinceRole role = ProvinceRole.EDITOR;
    private String invitedPassword;
    /** "Đã mời … làm …", said once, beside the temporary password. */
    private String invited;

    public void invite() {
        try {
            NewPerson person = new NewPerson(username, email, name);
            invitedPassword = directory.createMember(province(), role, person).temporaryPassword();
            invited = Faces.text("done.invited", person.username(), Faces.text("role." + role.name()));
            activities.fire(new Activity("people.invited", person.username() + " (" + role.getLabel() + ")"));
        } catch (InvalidInput e) {
            Faces.error(e);
        }
    }

    public void changeRole(String userId, ProvinceRole newRole) {
        if (Faces.attempt(() -> directory.changeRole(province(), userId, newRole), "done.role", Faces.text("role." + newRole.name()))) {
            activities.fire(new Activity("people.role-changed", userId + " → " + newRole.getLabel()));
        }
    }

    public void enable(String userId, boolean enabled) {
        if (Faces.attempt(() -> directory.setEnabled(province(), userId, enabled), enabled ? "done.unlocked" : "done.locked")) {
            activities.fire(new Activity(enabled ? "people.enabled" : "people.disabled", userId));
        }
    }

    public List<Directory.Member> getMembers() {
        try {
            return directory.members(province());
        } catch (InvalidInput e) {
            Faces.error(e);
            return List.of();
        }
    }

    public List<ProvinceRole> getRoles() {
        return List.of(ProvinceRole.values());
    }

    private String province() {
        if (!currentTenant.isResolved()) {
            throw InvalidInput.of("people.no-province-chosen");
        }
        return currentTenant.get().getCode().value();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ProvinceRole getRole() {
        return role;
    }

    public void setRole(ProvinceRole role) {
        this.role = role;
    }

    public String getInvitedPassword() {
        return invitedPassword;
    }

    public String getInvited() {
        return invited;
    }
}
