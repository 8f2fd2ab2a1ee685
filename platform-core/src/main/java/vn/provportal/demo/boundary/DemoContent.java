package vn.provportal.demo.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import vn.provportal.content.boundary.Articles;
import vn.provportal.content.control.SlugGenerator;
import vn.provportal.content.entity.Article;
import vn.provportal.consultation.entity.Consultation;
import vn.provportal.consultation.entity.Opinion;
import vn.provportal.content.entity.Category;
import vn.provportal.document.boundary.LegalDocuments;
import vn.provportal.document.entity.DocumentForm;
import vn.provportal.document.entity.DocumentType;
import vn.provportal.media.boundary.MediaLibrary;
import vn.provportal.media.entity.MediaFile;
import vn.provportal.platform.VietnamTime;
import vn.provportal.platform.persistence.TenantDiscriminator;
import vn.provportal.question.entity.Question;
import vn.provportal.schedule.entity.ScheduleEntry;
import vn.provportal.schedule.entity.Week;
import vn.provportal.tenant.boundary.CurrentTenant;
import vn.provportal.tenant.boundary.Tenants;
import vn.provportal.tenant.entity.Tenant;

/** Creates one demo province with its content in one transaction: all of it or nothing. */
@ApplicationScoped
public class DemoContent {

    @Inject
    Tenants tenants;

    @Inject
    Articles articles;

    @Inject
    MediaLibrary media;

    @Inject
    CurrentTenant currentTenant;

    @Inject
    DemoPortal portal;

    @Inject
    LegalDocuments documents;

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    /** Returns false where the province exists already (a restart, or the other web application won). */
    @ActivateRequestContext
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean seed(DemoProvince province) {
        TenantDiscriminator.bind(em, province.code().value());
        if (tenants.findByCode(province.code().value()).isPresent()) {
            return false;
        }
        Tenant tenant = tenants.register(province.code(), province.nameVi(), province.nameEn(), province.theme(),
                province.hostnames());
        return currentTenant.callAs(tenant, () -> {
            List<Article> published = province.articleFiles().stream().map(DemoArticleFile::load)
                    .map(this::publish).toList();
            published.get(0).feature(true);
            portal.furnish(tenant, published.get(0).getImages().get(0).getMediaSha256());
            schedule(tenant);
            questions();
            documents(tenant);
            consultations(tenant);
            return true;
        });
    }

    /** This week's and next week's engagements of the province's leadership ("Lịch công tác"). */
    private void schedule(Tenant tenant) {
        Instant now = Instant.now();
        String place = "Hội trường " + tenant.getNameVi();
        for (Week week : List.of(Week.of(VietnamTime.today()), Week.of(VietnamTime.today()).next())) {
            LocalDate monday = week.monday();
            List.of(new ScheduleEntry(monday, LocalTime.of(7, 30), "Ban Giám đốc", "Chào cờ đầu tuần", place,
                            "Toàn thể cán bộ, chiến sĩ cơ quan", "demo", now),
                    new ScheduleEntry(monday, LocalTime.of(8, 30), "Đồng chí Giám đốc", "Giao ban Ban Giám đốc", "Phòng họp số 1",
                            "Ban Giám đốc; Trưởng phòng Tham mưu", "demo", now),
                    new ScheduleEntry(monday.plusDays(1), LocalTime.of(14, 0), "Đồng chí Phó Giám đốc phụ trách an ninh",
                            "Kiểm tra công tác bảo đảm an ninh, trật tự dịp cuối năm", "Công an các huyện, thị xã", null, "demo", now),
                    new ScheduleEntry(monday.plusDays(2), null, "Đồng chí Giám đốc", "Làm việc tại cơ quan", null, null, "demo", now),
                    new ScheduleEntry(monday.plusDays(3), LocalTime.of(8, 0), "Đồng chí Giám đốc",
                            "Hội nghị sơ kết công tác chuyển đổi số, Đề án 06", place, "Lãnh đạo các phòng, Công an cấp xã", "demo", now),
                    new ScheduleEntry(monday.plusDays(4), LocalTime.of(15, 0), "Đồng chí Phó Giám đốc",
                            "Tiếp công dân định kỳ", "Trụ sở Tiếp công dân", null, "demo", now))
                    .forEach(em::persist);
        }
    }

    /** Citizens' questions ("Hỏi đáp"): two answered and published, one waiting for a department. */
    private void questions() {
        Instant asked = Instant.now().minus(java.time.Duration.ofDays(12));
        Question residence = new Question("Nguyễn Văn Hùng", "hung.nguyen@example.com",
                "Đăng ký thường trú cho con mới sinh",
                "Vợ chồng tôi vừa sinh con, muốn đăng ký thường trú cho cháu theo hộ khẩu của bố. Gọi tôi 0987 654 321 nếu cần "
                        + "bổ sung. Xin hỏi cần giấy tờ gì và nộp ở đâu?", true, null, asked);
        residence.assign("Phòng Cảnh sát quản lý hành chính về trật tự xã hội");
        residence.answer("Công dân thực hiện liên thông đăng ký khai sinh – đăng ký thường trú – cấp thẻ bảo hiểm y tế cho trẻ "
                + "dưới 6 tuổi trên Cổng Dịch vụ công quốc gia hoặc ứng dụng VNeID; hồ sơ gồm tờ khai và giấy chứng sinh. "
                + "Công an cấp xã nơi cư trú giải quyết trong 3 ngày làm việc.", "", "demo", asked.plus(java.time.Duration.ofDays(2)));
        residence.publish("demo", asked.plus(java.time.Duration.ofDays(3)));
        Question passport = new Question("Trần Thị Mai", null, "Cấp hộ chiếu phổ thông trực tuyến",
                "Tôi có thể nộp hồ sơ cấp hộ chiếu qua mạng không, CCCD của tôi là 033190004321?", true, null,
                asked.plus(java.time.Duration.ofDays(4)));
        passport.assign("Phòng Quản lý xuất nhập cảnh");
        passport.answer("Có. Công dân đã có thẻ căn cước gắn chip nộp hồ sơ trên Cổng Dịch vụ công của Bộ Công an, thanh toán "
                + "lệ phí trực tuyến và nhận hộ chiếu qua bưu điện sau 8 ngày làm việc.", "", "demo",
                asked.plus(java.time.Duration.ofDays(6)));
        passport.publish("demo", asked.plus(java.time.Duration.ofDays(7)));
        Question waiting = new Question("Lê Văn Tâm", "tam.le@example.com", "Thu hồi xe vi phạm bị tạm giữ",
                "Xe máy của tôi bị tạm giữ 7 ngày do vi phạm nồng độ cồn, hết hạn tôi cần mang giấy tờ gì để nhận lại xe?",
                true, null, Instant.now().minus(java.time.Duration.ofDays(1)));
        List.of(residence, passport, waiting).forEach(em::persist);
    }

    /**
     * The legal documents registry ("Văn bản"): for Hưng Yên a decision in force with its signed PDF, the older decision
     * it replaced, a plan of this winter with its PDF and an expired directive; one decision elsewhere. The PDFs were
     * made with PDFBox and Noto Serif; their text, read by PDFBox, lies beside them ({@code demo/van-ban-*.txt}).
     */
    private void documents(Tenant tenant) {
        String issuer = tenant.getNameVi().replaceFirst("^Công an ", "UBND ");
        if (!"hung-yen".equals(tenant.getCode().value())) {
            documents.register(new DocumentForm("22/2025/QĐ-UBND", DocumentType.QUYET_DINH, issuer, null, "Trật tự an toàn giao thông",
                    "Quy định phối hợp quản lý trật tự an toàn giao thông trên địa bàn tỉnh", LocalDate.of(2025, 8, 4),
                    LocalDate.of(2025, 8, 15), null), "demo");
            return;
        }
        var old = documents.register(new DocumentForm("08/2023/QĐ-UBND", DocumentType.QUYET_DINH, issuer, "Nguyễn Hữu Nghĩa",
                "An ninh, trật tự", "Ban hành Quy chế phối hợp giữa Công an tỉnh với các sở, ngành trong công tác bảo đảm an ninh, "
                + "trật tự", LocalDate.of(2023, 3, 20), LocalDate.of(2023, 4, 1), null), "demo");
        var decision = documents.register(new DocumentForm("15/2025/QĐ-UBND", DocumentType.QUYET_DINH, issuer, "Trần Quốc Văn",
                "An ninh, trật tự", "Ban hành Quy chế phối hợp bảo đảm an ninh, trật tự trên địa bàn tỉnh Hưng Yên",
                LocalDate.of(2025, 6, 12), LocalDate.of(2025, 7, 1), null), "demo");
        attachDemoFile(decision.getId(), "van-ban-15-2025-qd-ubnd", "Quyết định 15-2025-QĐ-UBND (bản ký số).pdf");
        documents.replace(old.getId(), decision.getNumber());
        var plan = documents.register(new DocumentForm("1234/KH-CAT", DocumentType.KE_HOACH, "Công an tỉnh Hưng Yên",
                "Nguyễn Văn Long", "Trật tự an toàn giao thông", "Tổng kiểm soát phương tiện giao thông đường bộ dịp cuối năm 2026 "
                + "và Tết Nguyên đán Đinh Mùi", LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 1), LocalDate.of(2027, 3, 1)), "demo");
        attachDemoFile(plan.getId(), "van-ban-1234-kh-cat", "Kế hoạch 1234-KH-CAT.pdf");
        documents.register(new DocumentForm("05/CT-UBND", DocumentType.CHI_THI, issuer, "Trần Quốc Văn", "Phòng cháy, chữa cháy",
                "Tăng cường công tác phòng cháy, chữa cháy mùa hanh khô 2024–2025", LocalDate.of(2024, 10, 1),
                LocalDate.of(2024, 10, 1), LocalDate.of(2025, 4, 30)), "demo");
    }

    /**
     * Draft consultations ("Góp ý dự thảo"): for Hưng Yên one open now with its draft (made as the registry's PDFs are),
     * two opinions published and one waiting, and one closed with its summary published.
     */
    private void consultations(Tenant tenant) {
        if (!"hung-yen".equals(tenant.getCode().value())) {
            return;
        }
        LocalDate today = VietnamTime.today();
        Instant now = Instant.now();
        Consultation camera = new Consultation("Dự thảo Quy định quản lý, vận hành, khai thác hệ thống camera giám sát an ninh, "
                + "trật tự trên địa bàn tỉnh", "Công an tỉnh Hưng Yên", "Dự thảo quy định việc kết nối camera của cơ quan, tổ "
                + "chức, hộ gia đình lắp đặt tại nơi công cộng với hệ thống giám sát của Công an tỉnh: điều kiện kết nối, quyền "
                + "của chủ sở hữu camera, thời gian lưu trữ và bảo vệ dữ liệu hình ảnh.\nMời cơ quan, tổ chức, cá nhân góp ý "
                + "vào dự thảo.", today.minusDays(10), today.plusDays(20), "demo", now);
        camera.setSlug("du-thao-quy-dinh-camera-giam-sat-an-ninh-trat-tu");
        camera.attachDraft("Dự thảo Quy định camera giám sát.pdf", "application/pdf",
                DemoArticleFile.resource("du-thao-camera-an-ninh.pdf"), now);
        em.persist(camera);
        em.flush();
        Opinion school = new Opinion(camera.getId(), "Phạm Thị Lan", "Trường THCS Nguyễn Trãi", "Đề nghị bổ sung quy định "
                + "ưu tiên kết nối camera tại cổng trường học và khu vực đông học sinh qua lại giờ tan học.", true,
                now.minus(java.time.Duration.ofDays(6)));
        school.moderate(true, "demo", now.minus(java.time.Duration.ofDays(5)));
        Opinion storage = new Opinion(camera.getId(), "Nguyễn Văn Bình", null, "Thời gian lưu trữ 30 ngày là hợp lý; đề nghị "
                + "nêu rõ ai được xem lại hình ảnh và phải ghi nhật ký mỗi lần khai thác.", true,
                now.minus(java.time.Duration.ofDays(4)));
        storage.moderate(true, "demo", now.minus(java.time.Duration.ofDays(3)));
        Opinion waiting = new Opinion(camera.getId(), "Trần Minh Đức", "Tổ dân phố số 5", "Hộ gia đình có được hỗ trợ chi phí "
                + "đường truyền khi đồng ý kết nối camera không?", true, now.minus(java.time.Duration.ofHours(5)));
        List.of(school, storage, waiting).forEach(em::persist);
        Consultation fireworks = new Consultation("Dự thảo Kế hoạch bảo đảm an ninh, trật tự dịp Tết Nguyên đán Bính Ngọ 2026",
                "Công an tỉnh Hưng Yên", "Dự thảo kế hoạch tuần tra, kiểm soát, phòng ngừa pháo nổ và tai nạn giao thông dịp Tết.",
                LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 20), "demo", now);
        fireworks.setSlug("du-thao-ke-hoach-bao-dam-an-ninh-trat-tu-tet-binh-ngo-2026");
        fireworks.publishResult("Đã nhận 14 ý kiến của cơ quan, tổ chức và công dân. Cơ quan chủ trì tiếp thu 9 ý kiến (tăng "
                + "cường tuần tra khu vực chợ đêm, công bố đường dây nóng), giải trình 5 ý kiến không tiếp thu vì thuộc thẩm quyền "
                + "của Ủy ban nhân dân cấp xã.", today, now);
        em.persist(fireworks);
    }

    private void attachDemoFile(long documentId, String name, String shownName) {
        documents.attachChecked(documentId, shownName, "application/pdf", DemoArticleFile.resource(name + ".pdf"),
                new String(DemoArticleFile.resource(name + ".txt"), java.nio.charset.StandardCharsets.UTF_8), "demo");
    }

    private Article publish(DemoArticleFile file) {
        Category category = em.createNamedQuery(Category.BY_SLUG, Category.class)
                .setParameter("slug", file.categorySlug())
                .getResultStream()
                .findFirst()
                .orElseGet(() -> articles.save(
                        new Category(SlugGenerator.slugOf(file.categoryName()), file.categoryName(), 0)));
        MediaFile image = media.store(file.imageBytes());
        Article article = new Article(file.title(), file.lead(), file.bodyHtml(), file.author(), category,
                Instant.now());
        article.addImage(image.getSha256(), file.caption(), file.caption());
        article.publish(file.published(), Instant.now());
        return articles.save(article);
    }
}
