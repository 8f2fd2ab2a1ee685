package vn.provportal.admin.security;

/** The realm roles of the platform, as Keycloak grants them through province sub-groups. */
public final class Roles {

    public static final String PLATFORM_ADMIN = "platform-admin";
    public static final String TENANT_ADMIN = "tenant-admin";
    public static final String EDITOR = "editor";
    public static final String PUBLISHER = "publisher";

    private Roles() {
    }
}
