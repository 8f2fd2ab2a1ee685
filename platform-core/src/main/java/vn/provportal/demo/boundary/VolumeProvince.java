package vn.provportal.demo.boundary;

import java.util.List;
import vn.provportal.tenant.entity.TenantCode;

/** The 34 provinces and cities of Vietnam since 1 July 2025, as the volume demo creates their police portals. */
record VolumeProvince(TenantCode code, String nameVi, String nameEn) {

    static final List<VolumeProvince> ALL = List.of(
            city("ha-noi", "Hà Nội", "Ha Noi"), city("hue", "Huế", "Hue"), province("lai-chau", "Lai Châu", "Lai Chau"),
            province("dien-bien", "Điện Biên", "Dien Bien"), province("son-la", "Sơn La", "Son La"),
            province("lang-son", "Lạng Sơn", "Lang Son"), province("quang-ninh", "Quảng Ninh", "Quang Ninh"),
            province("thanh-hoa", "Thanh Hóa", "Thanh Hoa"), province("nghe-an", "Nghệ An", "Nghe An"),
            province("ha-tinh", "Hà Tĩnh", "Ha Tinh"), province("cao-bang", "Cao Bằng", "Cao Bang"),
            province("tuyen-quang", "Tuyên Quang", "Tuyen Quang"), province("lao-cai", "Lào Cai", "Lao Cai"),
            province("thai-nguyen", "Thái Nguyên", "Thai Nguyen"), province("phu-tho", "Phú Thọ", "Phu Tho"),
            province("bac-ninh", "Bắc Ninh", "Bac Ninh"), province("hung-yen", "Hưng Yên", "Hung Yen"),
            city("hai-phong", "Hải Phòng", "Hai Phong"), province("ninh-binh", "Ninh Bình", "Ninh Binh"),
            province("quang-tri", "Quảng Trị", "Quang Tri"), city("da-nang", "Đà Nẵng", "Da Nang"),
            province("quang-ngai", "Quảng Ngãi", "Quang Ngai"), province("gia-lai", "Gia Lai", "Gia Lai"),
            province("khanh-hoa", "Khánh Hòa", "Khanh Hoa"), province("lam-dong", "Lâm Đồng", "Lam Dong"),
            province("dak-lak", "Đắk Lắk", "Dak Lak"), city("ho-chi-minh", "Hồ Chí Minh", "Ho Chi Minh City"),
            province("dong-nai", "Đồng Nai", "Dong Nai"), province("tay-ninh", "Tây Ninh", "Tay Ninh"),
            city("can-tho", "Cần Thơ", "Can Tho"), province("vinh-long", "Vĩnh Long", "Vinh Long"),
            province("dong-thap", "Đồng Tháp", "Dong Thap"), province("ca-mau", "Cà Mau", "Ca Mau"),
            province("an-giang", "An Giang", "An Giang"));

    private static VolumeProvince province(String code, String vi, String en) {
        return new VolumeProvince(new TenantCode(code), "Công an tỉnh " + vi, en + " Provincial Police");
    }

    private static VolumeProvince city(String code, String vi, String en) {
        return new VolumeProvince(new TenantCode(code), "Công an thành phố " + vi, en + " City Police");
    }
}
