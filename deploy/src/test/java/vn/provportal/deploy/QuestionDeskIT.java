package vn.provportal.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A citizen's question through the whole stack (#17 item 2): asked on Hưng Yên's portal, followed by its code; the
 * administrator gives it to a department, the editor answers (the publish step is not offered to an editor), the
 * publisher publishes — and the portal shows it at once with the phone number hidden; Thái Bình's editor cannot open
 * it; a decline's reason reaches the asker by the code.
 */
@ExtendWith(RunningStack.class)
class QuestionDeskIT {

    @Test
    void aQuestionIsAssignedAnsweredPublishedAndReadOnThePortal() {
        StackConfig config = RunningStack.config();
        String mark = UUID.randomUUID().toString().substring(0, 6);
        String title = "Đăng ký tạm trú cho người thuê nhà " + mark;
        Browser citizen = new Browser();
        String code = ask(citizen, config, title, "Tôi cho sinh viên thuê phòng, số của tôi 0912 345 678. Thủ tục thế nào?");
        Document tracked = Browser.html(citizen.get(config.portalUrl() + "/hung-yen/hoi-dap/tra-cuu?ma=" + code));
        assertEquals("Đã tiếp nhận, đang chờ phân công", tracked.select(".qa-state").text());
        long id = StackDb.number("SELECT id FROM question WHERE tracking_code = '" + code + "'");
        String desk = config.adminUrl() + "/qa/question.xhtml?id=" + id;

        Browser admin = new Browser();
        admin.signIn(config.adminUrl() + "/", "hy-admin", RunningStack.PASSWORD);
        assertTrue(Browser.html(admin.get(config.adminUrl() + "/qa/index.xhtml")).select("a.qa-open").eachText().contains(title),
                "the administrator's list shows the new question");
        HttpResponse<String> screen = admin.get(desk);
        Document assigned = Browser.html(admin.submit(screen, Browser.html(screen).selectFirst("form#desk"),
                Map.of("desk:department", "Phòng Cảnh sát quản lý hành chính về trật tự xã hội", "desk:assign", "")));
        assertTrue(assigned.select("#messages").text().contains("Đã giao câu hỏi"), assigned.select("#messages").text());

        Browser editor = new Browser();
        editor.signIn(config.adminUrl() + "/", "hy-editor", RunningStack.PASSWORD);
        HttpResponse<String> toAnswer = editor.get(desk);
        Document form = Browser.html(toAnswer);
        assertEquals("Tôi cho sinh viên thuê phòng, số của tôi [đã ẩn]. Thủ tục thế nào?", form.select("textarea[name='desk:public-question']").text(),
                "the public question starts from the asker's words, redacted");
        assertTrue(form.select("button[name='desk:publish']").isEmpty(), "an editor is not offered to publish");
        Document answered = Browser.html(editor.submit(toAnswer, form.selectFirst("form#desk"), Map.of("desk:answer",
                "Chủ nhà khai báo tạm trú cho người thuê qua ứng dụng VNeID hoặc tại Công an xã " + mark + ".",
                "desk:save-answer", "")));
        assertTrue(answered.select("#messages").text().contains("Đã lưu câu trả lời"), answered.select("#messages").text());
        assertTrue(Browser.html(citizen.get(config.portalUrl() + "/hung-yen/hoi-dap")).select(".qa-title").eachText().stream()
                .noneMatch(title::equals), "not on the portal before a publisher approves");

        Browser publisher = new Browser();
        publisher.signIn(config.adminUrl() + "/", "hy-publisher", RunningStack.PASSWORD);
        HttpResponse<String> toPublish = publisher.get(desk);
        Document published = Browser.html(publisher.submit(toPublish, Browser.html(toPublish).selectFirst("form#desk"),
                Map.of("desk:publish", "")));
        assertTrue(published.select("#messages").text().contains("Đã đăng"), published.select("#messages").text());

        Document list = Browser.html(citizen.get(config.portalUrl() + "/hung-yen/hoi-dap"));
        assertTrue(list.select(".qa-title").eachText().contains(title), "published: on the portal at once");
        Document read = Browser.html(citizen.get(config.portalUrl() + "/hung-yen/hoi-dap/" + id));
        assertFalse(read.html().contains("0912"), "the asker's phone is nowhere in the page");
        assertTrue(read.select(".qa-answer").text().contains("VNeID"));
        assertEquals(404, citizen.get(config.portalUrl() + "/thai-binh/hoi-dap/" + id).statusCode(), "not Thái Bình's");

        Browser theirs = new Browser();
        theirs.signIn(config.adminUrl() + "/", "tb-editor", RunningStack.PASSWORD);
        assertEquals(404, theirs.get(desk).statusCode(), "Thái Bình's editor cannot open Hưng Yên's question");

        String declined = ask(citizen, config, "Hỏi về việc ngoài thẩm quyền " + mark, "Xin hỏi giá đất năm nay?");
        long declinedId = StackDb.number("SELECT id FROM question WHERE tracking_code = '" + declined + "'");
        HttpResponse<String> toDecline = admin.get(config.adminUrl() + "/qa/question.xhtml?id=" + declinedId);
        admin.submit(toDecline, Browser.html(toDecline).selectFirst("form#desk"),
                Map.of("desk:reason", "Giá đất thuộc thẩm quyền Sở Tài nguyên và Môi trường", "desk:reject", ""));
        Document reason = Browser.html(citizen.get(config.portalUrl() + "/hung-yen/hoi-dap/tra-cuu?ma=" + declined));
        assertEquals("Không tiếp nhận", reason.select(".qa-state").text());
        assertEquals("Giá đất thuộc thẩm quyền Sở Tài nguyên và Môi trường", reason.select(".qa-reason").text());
    }

    /** Asks on Hưng Yên's portal as a citizen's browser does; the tracking code it is sent to. */
    private static String ask(Browser citizen, StackConfig config, String title, String body) {
        HttpResponse<String> page = citizen.get(config.portalUrl() + "/hung-yen/hoi-dap");
        HttpResponse<String> sent = citizen.submit(page, Browser.html(page).selectFirst("form.qa-form"), Map.of(
                "name", "Trần Văn Bình", "contact", "binh.tran@gmail.com", "title", title, "body", body, "consent", "yes"));
        assertEquals(200, sent.statusCode());
        String code = Browser.html(sent).select(".qa-received .qa-code").text();
        assertTrue(code.matches("[0-9A-Z]{10}"), "the tracking code is shown: " + Browser.html(sent).text());
        return code;
    }
}
