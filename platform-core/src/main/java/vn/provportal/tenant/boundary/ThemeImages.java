package vn.provportal.tenant.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.provportal.media.boundary.PublicUse;
import vn.provportal.tenant.entity.Theme;

/** The province's logo and header banner are on every page of its portal. */
@ApplicationScoped
public class ThemeImages implements PublicUse, vn.provportal.media.boundary.MediaUses {

    @Inject
    CurrentTenant current;

    @Override
    public boolean shows(String sha256) {
        Theme theme = current.get().getTheme();
        return sha256.equals(theme.getLogoSha256()) || sha256.equals(theme.getBannerSha256());
    }

    @Override
    public java.util.List<String> of(String sha256) {
        Theme theme = current.get().getTheme();
        java.util.List<String> uses = new java.util.ArrayList<>();
        if (sha256.equals(theme.getLogoSha256())) {
            uses.add("Logo của cổng thông tin");
        }
        if (sha256.equals(theme.getBannerSha256())) {
            uses.add("Ảnh đầu trang của cổng thông tin");
        }
        return uses;
    }
}
