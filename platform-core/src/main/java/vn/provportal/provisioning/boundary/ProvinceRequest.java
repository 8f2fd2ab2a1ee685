package vn.provportal.provisioning.boundary;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.provportal.people.boundary.NewPerson;
import vn.provportal.platform.InvalidInput;
import vn.provportal.platform.Nfc;
import vn.provportal.platform.TypedName;
import vn.provportal.tenant.entity.TenantCode;
import vn.provportal.tenant.entity.Theme;

/** What the ministry's provisioning wizard asks, checked field by field with a Vietnamese reason. */
public record ProvinceRequest(String code, String nameVi, String nameEn, String hostnames, Theme theme,
        boolean starterSite, String adminUsername, String adminEmail, String adminName) {

    private static final Pattern HOST = Pattern.compile("(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9-]{2,63}");
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    TenantCode checkedCode() {
        try {
            return new TenantCode(code == null ? "" : code.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("provisioning.invalid-province-code", code);
        }
    }

    String checkedName(String name, String field) {
        String clean = TypedName.clean(name, field, field);
        if (clean == null || clean.isBlank() || clean.length() > 200) {
            throw InvalidInput.of("provisioning.required", field);
        }
        return clean.strip();
    }

    List<String> checkedHostnames() {
        List<String> hosts = hostnames == null ? List.of() : Arrays.stream(hostnames.split("[,\\s]+"))
                .map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).distinct().toList();
        for (String host : hosts) {
            if (!HOST.matcher(host).matches()) {
                throw InvalidInput.of("provisioning.invalid-hostname", host);
            }
        }
        return hosts;
    }

    /** The theme as typed, colours checked, empty ones the chosen theme's own. */
    Theme checkedTheme() {
        boolean blue = theme != null && Theme.BLUE.equals(theme.getKey());
        String primary = color(theme == null ? null : theme.getPrimaryColor(), blue ? "#0d47a1" : "#b71c1c");
        String secondary = color(theme == null ? null : theme.getSecondaryColor(), blue ? "#90caf9" : "#f9a825");
        String hotline = theme == null || theme.getHotline() == null || theme.getHotline().isBlank() ? "113" : theme.getHotline().strip();
        String layout = theme == null || theme.getLayout() == null ? "sidebar-right" : theme.getLayout();
        return new Theme(blue ? Theme.BLUE : Theme.POLICE_RED, primary, secondary,
                Nfc.normalize(theme == null ? null : theme.getFooterAddress()), hotline).withDetails(null, null, null, layout);
    }

    private static String color(String typed, String otherwise) {
        String color = typed == null || typed.isBlank() ? otherwise : typed.strip();
        if (!COLOR.matcher(color).matches()) {
            throw InvalidInput.of("provisioning.colour-must-rrggbb", color);
        }
        return color.toLowerCase(Locale.ROOT);
    }

    /** The first administrator. */
    NewPerson admin() {
        return new NewPerson(adminUsername, adminEmail, adminName);
    }
}
