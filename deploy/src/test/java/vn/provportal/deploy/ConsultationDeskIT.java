package vn.provportal.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A draft consultation through the whole stack (#17 item 3): Hưng Yên's editor puts a draft up with its PDF; a citizen
 * gives an opinion on the portal, held until `hy-publisher` publishes it (the editor is not offered to); the editor
 * closes the consultation (its last day yesterday), the publisher publishes the summary — on the portal at once, with no
 * form left; Thái Bình's portal and editor get 404s.
 */
@ExtendWith(RunningStack.class)
class ConsultationDeskIT {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Test
    void aConsultationTakesOpinionsClosesAndPublishesItsSummary() throws Exception {
        StackConfig config = RunningStack.config();
        String mark = UUID.randomUUID().toString().substring(0, 6);
        String title = "Dự thảo Quy định phòng cháy nhà ở kết hợp kinh doanh " + mark;
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        Browser editor = new Browser();
        editor.signIn(config.adminUrl() + "/", "hy-editor", RunningStack.PASSWORD);
        HttpResponse<String> blank = editor.get(config.adminUrl() + "/consultations/edit.xhtml");
        Map<String, String> form = new HashMap<>(Map.of("consultation:title", title, "consultation:agency", "Công an tỉnh Hưng Yên",
                "consultation:summary", "Mời góp ý về điều kiện phòng cháy đối với nhà ở kết hợp kinh doanh.",
                "consultation:opens_input", today.minusDays(3).format(DAY), "consultation:closes_input", today.plusDays(10).format(DAY),
                "consultation:save", ""));
        HttpResponse<String> created = editor.submit(blank, Browser.html(blank).selectFirst("form#consultation"), form);
        Document desk = Browser.html(created);
        assertTrue(desk.select("#messages").text().contains("Đã tạo dự thảo"), desk.select("#messages").text());
        assertEquals("Đang lấy ý kiến", desk.select("#consultation-status").text());
        assertTrue(desk.select("form#result").isEmpty(), "an editor is not offered to publish the summary");
        long id = StackDb.number("SELECT id FROM consultation WHERE tenant_id = 'hung-yen' AND title = '" + title + "'");
        String slug = StackDb.string("SELECT slug FROM consultation WHERE id = " + id);
        byte[] pdf;
        try (InputStream in = getClass().getResourceAsStream("/documents/quyet-dinh-phong-chay.pdf")) {
            pdf = in.readAllBytes();
        }
        Document withDraft = Browser.html(editor.upload(created, desk.selectFirst("form#draft"), Map.of("draft:attach", ""),
                "draft:file", "Dự thảo.pdf", pdf));
        assertEquals("Dự thảo.pdf", withDraft.select(".consultation-draft").text(), withDraft.select("#messages").text());
        assertEquals("Dự thảo.pdf", StackDb.string("SELECT draft_file_name FROM consultation WHERE id = " + id), "stored");

        Browser citizen = new Browser();
        String page = config.portalUrl() + "/hung-yen/gop-y-du-thao/" + slug;
        HttpResponse<String> opened = citizen.get(page);
        HttpResponse<String> sent = citizen.submit(opened, Browser.html(opened).selectFirst("form.consultation-form"), Map.of(
                "name", "Lê Thị Hoa", "organisation", "Hộ kinh doanh số 12", "body", "Đề nghị hỗ trợ bình chữa cháy cho hộ nhỏ "
                        + mark + "; gọi tôi 0987 654 321.", "consent", "yes"));
        assertEquals(200, sent.statusCode());
        assertTrue(Browser.html(sent).select(".notice-ok").text().contains("Cảm ơn"), Browser.html(sent).text());
        assertTrue(Browser.html(citizen.get(page + "?lan=2")).select(".opinion").isEmpty(), "held until published");

        Browser publisher = new Browser();
        publisher.signIn(config.adminUrl() + "/", "hy-publisher", RunningStack.PASSWORD);
        HttpResponse<String> toModerate = publisher.get(config.adminUrl() + "/consultations/edit.xhtml?id=" + id);
        Document moderation = Browser.html(toModerate);
        String publishButton = moderation.select("form#opinions input.opinion-publish").attr("name");
        Document published = Browser.html(publisher.submit(toModerate, moderation.selectFirst("form#opinions"),
                Map.of(publishButton, "")));
        assertTrue(published.select("#messages").text().contains("Đã đăng ý kiến"), published.select("#messages").text());
        Document onPortal = Browser.html(citizen.get(page));
        assertEquals(List.of("Đề nghị hỗ trợ bình chữa cháy cho hộ nhỏ " + mark + "; gọi tôi [đã ẩn]."),
                onPortal.select(".opinion-text").eachText(), "published at once, the phone hidden");

        HttpResponse<String> again = editor.get(config.adminUrl() + "/consultations/edit.xhtml?id=" + id);
        form.put("consultation:closes_input", today.minusDays(1).format(DAY));
        Document closing = Browser.html(editor.submit(again, Browser.html(again).selectFirst("form#consultation"), form));
        assertTrue(closing.select("#messages").text().contains("Đã lưu dự thảo"), closing.select("#messages").text());
        HttpResponse<String> toSum = publisher.get(config.adminUrl() + "/consultations/edit.xhtml?id=" + id);
        Document summed = Browser.html(publisher.submit(toSum, Browser.html(toSum).selectFirst("form#result"), Map.of(
                "result:text", "Đã nhận 1 ý kiến; tiếp thu: hỗ trợ bình chữa cháy cho hộ kinh doanh nhỏ " + mark + ".",
                "result:publish-result", "")));
        assertTrue(summed.select("#messages").text().contains("Đã đăng báo cáo tổng hợp"), summed.select("#messages").text());
        Document closed = Browser.html(citizen.get(page));
        assertTrue(closed.select("form.consultation-form").isEmpty(), "no form once closed");
        assertTrue(closed.select(".consultation-result").text().contains("tiếp thu: hỗ trợ bình chữa cháy"), closed.select(".consultation-result").text());

        assertEquals(404, citizen.get(config.portalUrl() + "/thai-binh/gop-y-du-thao/" + slug).statusCode(), "not Thái Bình's");
        Browser theirs = new Browser();
        theirs.signIn(config.adminUrl() + "/", "tb-editor", RunningStack.PASSWORD);
        assertEquals(404, theirs.get(config.adminUrl() + "/consultations/edit.xhtml?id=" + id).statusCode());
        assertFalse(Browser.html(theirs.get(config.adminUrl() + "/consultations/index.xhtml")).text().contains(title));
    }
}
