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
 * A citizen's personal data request on the whole stack (#15 item 5): Hưng Yên's administrator finds the comments
 * tied to the citizen's e-mail address — Hưng Yên's only, though she also wrote to Thái Bình — hands over a copy,
 * erases them; each step is in the audit log with the address masked and nowhere in full; Thái Bình's comment and a
 * refused address change nothing. Editors may not open the screen.
 */
@ExtendWith(RunningStack.class)
class PersonalDataRequestIT {

    @Test
    void anAdministratorFindsExportsAndErasesACitizensCommentsInTheirProvinceOnly() {
        StackConfig config = RunningStack.config();
        String mark = UUID.randomUUID().toString().substring(0, 6);
        String email = "hoa." + mark + "@gmail.com";
        comment("hung-yen", email, "Xin hỏi thủ tục cấp căn cước " + mark);
        comment("hung-yen", email.toUpperCase(), "Cảm ơn các chiến sĩ " + mark);
        long theirs = comment("thai-binh", email, "Ở Thái Bình " + mark);

        Browser admin = new Browser();
        admin.signIn(config.adminUrl() + "/", "hy-admin", RunningStack.PASSWORD);
        HttpResponse<String> screen = admin.get(config.adminUrl() + "/people/personal-data.xhtml");
        assertEquals(200, screen.statusCode());
        Document refused = Browser.html(admin.submit(screen, Browser.html(screen).selectFirst("form#request"),
                Map.of("request:email", "hoa-khong-co-a-cong", "request:find", "")));
        assertTrue(refused.select("#messages").text().contains("Địa chỉ email"), refused.select("#messages").text());
        assertEquals("hoa-khong-co-a-cong", refused.select("input[name='request:email']").val(), "what was typed is kept");

        HttpResponse<String> found = admin.submit(screen, Browser.html(screen).selectFirst("form#request"),
                Map.of("request:email", " " + email.toUpperCase() + " ", "request:find", ""));
        Document page = Browser.html(found);
        assertEquals("Có 2 mục gắn với " + email.toUpperCase(), page.select("#found").text(), "any case, spaces around");
        String rows = page.select("[id$=held] tbody").text();
        assertTrue(rows.contains("Xin hỏi thủ tục cấp căn cước " + mark) && rows.contains("Cảm ơn các chiến sĩ " + mark), rows);
        assertFalse(rows.contains("Ở Thái Bình"), "another province's comment is not Hưng Yên's to hand over: " + rows);

        HttpResponse<String> copy = admin.submit(found, page.selectFirst("form#request"), Map.of("request:export", ""));
        assertEquals("application/json;charset=UTF-8", copy.headers().firstValue("content-type").orElse("").replace(" ", ""));
        assertTrue(copy.headers().firstValue("content-disposition").orElse("").contains("du-lieu-ca-nhan-hung-yen.json"));
        assertTrue(copy.body().contains("Xin hỏi thủ tục cấp căn cước " + mark) && copy.body().contains("\"Bình luận\""),
                copy.body());
        assertFalse(copy.body().contains("Ở Thái Bình"), copy.body());

        Document erased = Browser.html(admin.submit(found, page.selectFirst("form#request"), Map.of("request:erase", "")));
        assertTrue(erased.select("#messages").text().contains("Đã xoá 2 mục"), erased.select("#messages").text());
        assertEquals(0L, StackDb.number("SELECT COUNT(*) FROM article_comment WHERE tenant_id = 'hung-yen' AND body LIKE '%"
                + mark + "'"), "Hưng Yên's comments are gone");
        assertEquals(1L, StackDb.number("SELECT COUNT(*) FROM article_comment WHERE id = " + theirs), "Thái Bình's stays");

        String audit = StackDb.rows("SELECT action, detail FROM audit_log WHERE actor = 'hy-admin' AND action LIKE 'privacy.%' "
                + "AND detail LIKE 'h***@gmail.com%' ORDER BY id");
        assertTrue(audit.contains("privacy.searched") && audit.contains("privacy.exported") && audit.contains("privacy.erased"),
                audit);
        assertEquals(0L, StackDb.number("SELECT COUNT(*) FROM audit_log WHERE LOWER(detail) LIKE '%" + email + "%'"),
                "the address asked to be forgotten is nowhere in the audit log");

        Browser editor = new Browser();
        editor.signIn(config.adminUrl() + "/", "hy-editor", RunningStack.PASSWORD);
        assertEquals(403, editor.get(config.adminUrl() + "/people/personal-data.xhtml").statusCode(), "editors may not");
    }

    private static long comment(String province, String email, String text) {
        long article = StackDb.number("SELECT MIN(id) FROM article WHERE tenant_id = '" + province + "' AND status = 'PUBLISHED'");
        return StackDb.insert("INSERT INTO article_comment (tenant_id, article_id, author_name, author_email, body, status, "
                + "client_hash, created_at) VALUES ('" + province + "', " + article + ", 'Nguyễn Thị Hoa', '" + email + "', '"
                + text + "', 'APPROVED', 'h-" + UUID.randomUUID().toString().substring(0, 8) + "', NOW(6))");
    }
}
