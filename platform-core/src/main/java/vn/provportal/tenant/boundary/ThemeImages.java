package vn.provportal.tenant.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.provportal.media.boundary.PublicUse;
import vn.provportal.tenant.entity.Theme;

/** The province's logo and header banner are on every page of its portal. */
@ApplicationScoped
public class ThemeImages implements PublicUse {

    @Inject
    CurrentTenant current;

    @Override
    public boolean shows(String sha256) {
        Theme theme = current.get().getTheme();
        return sha256.equals(theme.getLogoSha256()) || sha256.equals(theme.getBannerSha256());
    }
}
