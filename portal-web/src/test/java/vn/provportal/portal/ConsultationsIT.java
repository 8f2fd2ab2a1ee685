package vn.provportal.portal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.provportal.consultation.entity.Consultation;
import vn.provportal.consultation.entity.Opinion;
import vn.provportal.platform.VietnamTime;
import vn.provportal.tenant.entity.Theme;

/**
 * "Góp ý dự thảo" on the portal (#17 item 3): the open draft first; an opinion without consent refused with the text
 * kept, then sent → thanks, held until published and then shown with the phone hidden; a closed consultation offers no
 * form, refuses a post with its last day and shows its summary; the draft downloads as an attachment; another province
 * answers 404 and lists none of it; sitemap.xml and the footer link it.
 */
class ConsultationsIT extends DeployedPortal {

    private static final byte[] DRAFT = "%PDF-1.4\n% du thao\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aCitizenGivesAnOpinionWhileTheDraftIsOpenAndReadsTheSummaryAfter() {
        ProvinceFixture p = ProvinceFixture.create("gy", Theme.policeRed());
        ProvinceFixture other = ProvinceFixture.create("gz", new Theme(Theme.BLUE, "#0d47a1", "#90caf9", null, null));
        var today = VietnamTime.today();
        ProvinceFixture.jpa().inTransaction(p.code, em -> {
            Consultation open = new Consultation("Dự thảo Quy định camera " + p.code, "Công an tỉnh", "Mời góp ý.\nĐiều 1.",
                    today.minusDays(2), today.plusDays(10), "hy-editor", Instant.now());
            open.setSlug("camera");
            open.attachDraft("Dự thảo camera.pdf", "application/pdf", DRAFT, Instant.now());
            Consultation closed = new Consultation("Dự thảo Kế hoạch Tết " + p.code, "Công an tỉnh", "Đã kết thúc.",
                    today.minusDays(40), today.minusDays(10), "hy-editor", Instant.now());
            closed.setSlug("ke-hoach-tet");
            closed.publishResult("Đã nhận 14 ý kiến, tiếp thu 9.", today, Instant.now());
            em.persist(closed);
            em.persist(open);
            return null;
        });

        Document list = PortalClient.html(portal.get(p.path("/gop-y-du-thao")));
        assertEquals(List.of("Dự thảo Quy định camera " + p.code, "Dự thảo Kế hoạch Tết " + p.code),
                list.select(".consultation-title a").eachText(), "the open one first");
        assertEquals(List.of("Đang lấy ý kiến", "Đã hết thời gian góp ý"), list.select(".consultation-status").eachText());

        Map<String, String> form = form(p, "camera", "Đề nghị ghi nhật ký mỗi lần khai thác; gọi tôi 0912 345 678.");
        form.remove("consent");
        HttpResponse<String> refused = portal.post(p.path("/gop-y-du-thao/camera/gop-y"), form);
        assertEquals(400, refused.statusCode());
        Document again = PortalClient.html(refused);
        assertTrue(again.select(".consultation-refused").text().contains("đồng ý"), again.select(".consultation-refused").text());
        assertTrue(again.select("#cs-body").text().contains("ghi nhật ký"), "what was typed is kept");

        form.put("consent", "yes");
        HttpResponse<String> sent = portal.post(p.path("/gop-y-du-thao/camera/gop-y"), form);
        assertEquals(303, sent.statusCode());
        String thanks = sent.headers().firstValue("location").orElseThrow();
        assertTrue(PortalClient.html(portal.get(thanks)).select(".notice-ok").text().contains("Cảm ơn"), thanks);
        Document page = PortalClient.html(portal.get(p.path("/gop-y-du-thao/camera")));
        assertEquals("0", page.select(".consultation-count").text(), "none published yet");
        assertTrue(page.select(".opinion").isEmpty(), "held until published");
        assertEquals(1L, (long) ProvinceFixture.jpa().inTransaction(p.code, em -> em.createQuery(
                "SELECT COUNT(o) FROM Opinion o", Long.class).getSingleResult()), "received and kept");

        ProvinceFixture.jpa().inTransaction(p.code, em -> {
            em.createQuery("SELECT o FROM Opinion o", Opinion.class).getResultList().forEach(o -> o.moderate(true, "hy-publisher",
                    Instant.now()));
            return null;
        });
        Document published = PortalClient.html(portal.get(p.path("/gop-y-du-thao/camera?sau=1")));
        assertEquals("Đề nghị ghi nhật ký mỗi lần khai thác; gọi tôi [đã ẩn].", published.select(".opinion-text").text());
        assertEquals("1", published.select(".consultation-count").text());
        assertFalse(published.html().contains("0912"), "the phone is nowhere in the page");
        HttpResponse<byte[]> draft = portal.download(published.select("a.consultation-draft").attr("href"));
        assertEquals(200, draft.statusCode());
        assertArrayEquals(DRAFT, draft.body());
        assertTrue(draft.headers().firstValue("content-disposition").orElse("").startsWith("attachment;"));

        Document closed = PortalClient.html(portal.get(p.path("/gop-y-du-thao/ke-hoach-tet")));
        assertTrue(closed.select("form.consultation-form").isEmpty(), "no form once closed");
        assertEquals("Đã nhận 14 ý kiến, tiếp thu 9.", closed.select(".consultation-result p:not(.meta)").text());
        HttpResponse<String> borrowed = portal.post(p.path("/gop-y-du-thao/ke-hoach-tet/gop-y"), Map.of("token",
                form.get("token"), "name", "Lan", "body", "Muộn", "consent", "yes", "website", ""));
        assertEquals(400, borrowed.statusCode(), "the open draft's form token does not open the closed one");
        assertEquals(1L, (long) ProvinceFixture.jpa().inTransaction(p.code, em -> em.createQuery(
                "SELECT COUNT(o) FROM Opinion o", Long.class).getSingleResult()), "nothing written by the refusals");

        for (String path : List.of(other.path("/gop-y-du-thao/camera"), other.path("/gop-y-du-thao/camera/du-thao"),
                p.path("/gop-y-du-thao/khong-co"))) {
            HttpResponse<String> missing = portal.get(path);
            assertEquals(404, missing.statusCode(), path);
        }
        assertTrue(PortalClient.html(portal.get(other.path("/gop-y-du-thao"))).select(".consultation-title").isEmpty());
        assertTrue(portal.get(p.path("/sitemap.xml")).body().contains(p.path("/gop-y-du-thao/camera") + "</loc>"));
        assertTrue(PortalClient.html(portal.get(p.path("/"))).select(".footer-links a").eachAttr("href")
                .contains(p.path("/gop-y-du-thao")));
    }

    private Map<String, String> form(ProvinceFixture p, String slug, String body) {
        Document page = PortalClient.html(portal.get(p.path("/gop-y-du-thao/" + slug)));
        String token = page.select("form.consultation-form input[name=token]").val();
        assertFalse(token.isEmpty(), "the opinion form carries its token");
        Map<String, String> form = new HashMap<>();
        form.put("token", token);
        form.put("name", "Nguyễn Văn Bình");
        form.put("organisation", "Tổ dân phố 5");
        form.put("body", body);
        form.put("consent", "yes");
        form.put("website", "");
        return form;
    }
}
