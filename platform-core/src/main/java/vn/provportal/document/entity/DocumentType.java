package vn.provportal.document.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of legal document a province's registry holds, as Decree 30/2020/NĐ-CP names them; each with the word
 * its address filter uses ({@code /van-ban?loai=quyet-dinh}) and its Vietnamese and English names.
 */
public enum DocumentType {
    LUAT("luat", "Luật", "Law"),
    NGHI_DINH("nghi-dinh", "Nghị định", "Decree"),
    THONG_TU("thong-tu", "Thông tư", "Circular"),
    NGHI_QUYET("nghi-quyet", "Nghị quyết", "Resolution"),
    QUYET_DINH("quyet-dinh", "Quyết định", "Decision"),
    CHI_THI("chi-thi", "Chỉ thị", "Directive"),
    KE_HOACH("ke-hoach", "Kế hoạch", "Plan"),
    HUONG_DAN("huong-dan", "Hướng dẫn", "Guidance"),
    THONG_BAO("thong-bao", "Thông báo", "Notice"),
    CONG_VAN("cong-van", "Công văn", "Official letter"),
    KHAC("khac", "Văn bản khác", "Other document");

    private final String slug;
    private final String nameVi;
    private final String nameEn;

    DocumentType(String slug, String nameVi, String nameEn) {
        this.slug = slug;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
    }

    public static Optional<DocumentType> ofSlug(String slug) {
        return Arrays.stream(values()).filter(t -> t.slug.equals(slug)).findFirst();
    }

    public String getSlug() {
        return slug;
    }

    public String getNameVi() {
        return nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }
}
