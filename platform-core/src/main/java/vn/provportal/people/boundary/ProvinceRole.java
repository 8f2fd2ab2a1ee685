package vn.provportal.people.boundary;

import java.util.List;

/** The three kinds of people of a province, each a sub-group of {@code /tenants/<code>} granting its roles. */
public enum ProvinceRole {
    ADMIN("admins", "Quản trị tỉnh", List.of("tenant-admin", "editor", "publisher")),
    EDITOR("editors", "Biên tập viên", List.of("editor")),
    PUBLISHER("publishers", "Người duyệt bài", List.of("publisher"));

    final String group;
    private final String labelVi;
    final List<String> realmRoles;

    ProvinceRole(String group, String labelVi, List<String> realmRoles) {
        this.group = group;
        this.labelVi = labelVi;
        this.realmRoles = realmRoles;
    }

    public String getLabel() {
        return labelVi;
    }

    /** Whether holding this role gives the realm role {@code realmRole} ("publisher", "editor"…). */
    public boolean grants(String realmRole) {
        return realmRoles.contains(realmRole);
    }

    public String path(String province) {
        return "tenants/" + province + "/" + group;
    }
}
