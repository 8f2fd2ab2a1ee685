package vn.provportal.demo.boundary;

import java.util.List;
import vn.provportal.tenant.entity.TenantCode;
import vn.provportal.tenant.entity.Theme;

/** A province the demo creates, with the article files it is seeded with. */
public record DemoProvince(TenantCode code, String nameVi, String nameEn, Theme theme, List<String> hostnames,
        List<String> articleFiles) {

    static final List<DemoProvince> ALL = List.of(
            new DemoProvince(new TenantCode("hung-yen"), "Công an tỉnh Hưng Yên", "Hung Yen Provincial Police",
                    new Theme(Theme.POLICE_RED, "#b71c1c", "#f9a825",
                            "Đường Chùa Chuông, phường Hiến Nam, tỉnh Hưng Yên", "113"),
                    List.of("hung-yen.localhost"),
                    List.of("hung-yen-ngay-hoi-2022.txt", "hung-yen-tan-cong-toi-pham.txt")),
            new DemoProvince(new TenantCode("thai-binh"), "Công an tỉnh Thái Bình", "Thai Binh Provincial Police",
                    new Theme(Theme.BLUE, "#0d47a1", "#90caf9",
                            "Đường Trần Hưng Đạo, tỉnh Thái Bình", "113"),
                    List.of("thai-binh.localhost"),
                    List.of("thai-binh-giao-thong.txt")));
}
