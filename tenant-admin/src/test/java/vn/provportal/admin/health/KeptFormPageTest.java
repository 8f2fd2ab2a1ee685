package vn.provportal.admin.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class KeptFormPageTest {

    @Test
    void aFormPostComesBackWithEveryFieldToSendAgainAndTheTypedTextVisible() {
        Map<String, String[]> sent = new LinkedHashMap<>();
        sent.put("article:title", new String[] {"Tiêu đề \"của\" tôi"});
        sent.put("article:body_input", new String[] {"<p>Thân bài</p></textarea><script>alert(1)</script>"});
        sent.put("article:save", new String[] {""});
        sent.put("jakarta.faces.ViewState", new String[] {"-123:456"});
        Document page = Jsoup.parse(KeptFormPage.outage("/admin", "/admin/content/edit.xhtml?id=7", sent));

        Element form = page.selectFirst("form#resend");
        assertNotNull(form);
        assertEquals("/admin/content/edit.xhtml?id=7", form.attr("action"), "sent again to the same address");
        assertEquals("post", form.attr("method"));
        assertEquals("Tiêu đề \"của\" tôi", form.selectFirst("textarea#kept-title").val());
        assertEquals("<p>Thân bài</p></textarea><script>alert(1)</script>", form.selectFirst("textarea#kept-body_input").val(),
                "the body is shown as text, exactly as typed");
        assertTrue(page.select("script").isEmpty(), "nothing typed runs");
        assertEquals("-123:456", form.selectFirst("input[name=jakarta.faces.ViewState]").val());
        assertNotNull(form.selectFirst("input[type=hidden][name=article:save]"), "the pressed button is pressed again");
        assertNotNull(page.selectFirst("label[for=kept-title]"), "each kept text has a label");
        assertTrue(page.text().contains("Chưa lưu được"));
    }

    @Test
    void aPageViewOffersToLoadItAgain() {
        Document page = Jsoup.parse(KeptFormPage.outage("/admin", "/admin/index.xhtml", Map.of()));
        assertTrue(page.select("form").isEmpty(), "nothing to send again");
        assertEquals("/admin/index.xhtml", page.selectFirst("main a").attr("href"));
        assertTrue(page.text().contains("tạm thời gián đoạn"));
    }

    @Test
    void aFormThatCannotBeRestoredShowsTheTypedTextToCopyAndNoWayToSendItBlindly() {
        Map<String, String[]> sent = new LinkedHashMap<>();
        sent.put("article:title", new String[] {"Tiêu đề"});
        sent.put("article:lead", new String[] {"Sa-pô </textarea><script>alert(1)</script>"});
        sent.put("article:save", new String[] {""});
        sent.put("jakarta.faces.ViewState", new String[] {"-1:2"});
        Document page = Jsoup.parse(KeptFormPage.lostView("/admin", "/admin/content/edit.xhtml?id=7", sent));
        assertTrue(page.select("form").isEmpty(), "a view state that failed once would fail again");
        assertEquals("Sa-pô </textarea><script>alert(1)</script>", page.selectFirst("textarea#kept-lead").val());
        assertTrue(page.select("script").isEmpty());
        assertTrue(page.select("input").isEmpty(), "neither the view state nor the button is carried");
        assertEquals("/admin/content/edit.xhtml?id=7", page.selectFirst("a#reopen").attr("href"));
        assertTrue(page.text().contains("biểu mẫu đã hết hạn"));
    }
}
