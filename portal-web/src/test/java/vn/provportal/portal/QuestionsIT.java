package vn.provportal.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.provportal.question.entity.Question;
import vn.provportal.tenant.entity.Theme;

/**
 * "Hỏi đáp" on the portal (#17 item 2): a citizen's question refused without consent with everything typed kept, then
 * sent and followed by its code (never kept for the next reader, unknown in another province); once answered and
 * published it is listed, found by a word of the answer and read with the asker's phone and ID number hidden; another
 * province's portal and unknown ids answer a themed 404; the province's sitemap.xml lists it.
 */
class QuestionsIT extends DeployedPortal {

    @Test
    void aCitizenAsksFollowsTheQuestionAndReadsTheAnswerWithTheirDataHidden() {
        ProvinceFixture p = ProvinceFixture.create("hd", Theme.policeRed());
        ProvinceFixture other = ProvinceFixture.create("he", new Theme(Theme.BLUE, "#0d47a1", "#90caf9", null, null));
        Map<String, String> form = form(p, "Thủ tục cấp căn cước cho con " + p.code,
                "Con tôi 14 tuổi, gọi tôi 0912 345 678, CCCD 033195001234. Làm thủ tục ở đâu?");
        form.remove("consent");
        HttpResponse<String> refused = portal.post(p.path("/hoi-dap/gui"), form);
        assertEquals(400, refused.statusCode());
        Document again = PortalClient.html(refused);
        assertTrue(again.select(".qa-refused").text().contains("đồng ý"), again.select(".qa-refused").text());
        assertEquals("Thủ tục cấp căn cước cho con " + p.code, again.select("#qa-title").val(), "what was typed is kept");
        assertTrue(again.select("#qa-body").text().contains("0912 345 678"));

        form.put("consent", "yes");
        HttpResponse<String> sent = portal.post(p.path("/hoi-dap/gui"), form);
        assertEquals(303, sent.statusCode());
        String location = sent.headers().firstValue("location").orElseThrow();
        String code = location.replaceAll(".*[?&]ma=([0-9A-Z]{10}).*", "$1");
        assertTrue(location.contains(p.path("/hoi-dap/tra-cuu?ma=")) && code.length() == 10, location);
        HttpResponse<String> tracked = portal.get(p.path("/hoi-dap/tra-cuu?ma=" + code + "&moi=1"));
        assertEquals("no-store", tracked.headers().firstValue("cache-control").orElse(""), "one asker's page is kept for no one");
        Document status = PortalClient.html(tracked);
        assertEquals(code, status.select(".qa-received .qa-code").text());
        assertEquals("Đã tiếp nhận, đang chờ phân công", status.select(".qa-state").text());
        assertTrue(PortalClient.html(portal.get(other.path("/hoi-dap/tra-cuu?ma=" + code))).text()
                .contains("Không có câu hỏi nào với mã này"), "another province does not know the code");

        long id = ProvinceFixture.jpa().inTransaction(p.code, em -> {
            Question q = em.createNamedQuery(Question.BY_CODE, Question.class).setParameter("code", code).getSingleResult();
            q.assign("Phòng Cảnh sát quản lý hành chính");
            q.answer("Đưa cháu đến Bộ phận một cửa Công an huyện nơi thường trú.", "", "hy-editor", Instant.now());
            q.publish("hy-publisher", Instant.now());
            return q.getId();
        });

        Document list = PortalClient.html(portal.get(p.path("/hoi-dap?trang=1")));
        assertEquals(List.of("Thủ tục cấp căn cước cho con " + p.code), list.select(".qa-title").eachText());
        Document found = PortalClient.html(portal.get(p.path("/hoi-dap?tim=M%E1%BB%98T+C%E1%BB%ACA")));
        assertEquals(1, found.select(".qa-title").size(), "found by the answer's words, any case");
        assertTrue(PortalClient.html(portal.get(p.path("/hoi-dap?tim=0912"))).select(".qa-title").isEmpty(),
                "not by what was hidden");

        Document read = PortalClient.html(portal.get(p.path("/hoi-dap/" + id)));
        String question = read.select(".qa-question .qa-text").text();
        assertEquals("Con tôi 14 tuổi, gọi tôi [đã ẩn], CCCD [đã ẩn]. Làm thủ tục ở đâu?", question);
        assertFalse(read.html().contains("0912") || read.html().contains("033195001234"), "nowhere in the page");
        assertTrue(read.select(".qa-answer").text().contains("Bộ phận một cửa"));
        assertTrue(PortalClient.html(portal.get(p.path("/hoi-dap/tra-cuu?ma=" + code.toLowerCase()))).select("a.qa-published")
                .attr("href").endsWith("/hoi-dap/" + id), "the tracking page links the answer");

        String sitemap = portal.get(p.path("/sitemap.xml")).body();
        assertTrue(sitemap.contains(p.path("/hoi-dap/" + id) + "</loc>") && sitemap.contains(p.path("/hoi-dap") + "</loc>"),
                "search engines find the answer: " + sitemap);
        assertFalse(portal.get(other.path("/sitemap.xml")).body().contains("/hoi-dap/" + id + "</loc>"));
        assertTrue(PortalClient.html(portal.get(p.path("/so-do-trang"))).select(".sitemap a").eachAttr("href")
                .contains(p.path("/hoi-dap")), "the site map page links the questions");
        for (String path : List.of(other.path("/hoi-dap/" + id), p.path("/hoi-dap/999999999"))) {
            HttpResponse<String> missing = portal.get(path);
            assertEquals(404, missing.statusCode(), path);
            assertTrue(PortalClient.html(missing).text().contains("Không tìm thấy"), path);
        }
        assertTrue(PortalClient.html(portal.get(other.path("/hoi-dap?trang=1"))).select(".qa-title").isEmpty(),
                "another province lists none of it");
    }

    private Map<String, String> form(ProvinceFixture p, String title, String body) {
        Document page = PortalClient.html(portal.get(p.path("/hoi-dap")));
        String token = page.select("form.qa-form input[name=token]").val();
        assertFalse(token.isEmpty(), "the question form carries its token");
        Map<String, String> form = new HashMap<>();
        form.put("token", token);
        form.put("name", "Nguyễn Thị Hoa");
        form.put("contact", "hoa.nguyen@gmail.com");
        form.put("title", title);
        form.put("body", body);
        form.put("consent", "yes");
        form.put("website", "");
        return form;
    }
}
