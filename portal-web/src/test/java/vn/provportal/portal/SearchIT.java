package vn.provportal.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.provportal.tenant.entity.Theme;

/**
 * "Tìm kiếm" with Vietnamese text on real MariaDB full-text search: with and without diacritics, NFC and
 * NFD input, đ/Đ, ranking, filters, highlighted snippets, and never a hit from another province.
 */
class SearchIT extends DeployedPortal {

    @Test
    void findsWithAndWithoutDiacriticsAndInEitherUnicodeForm() {
        ProvinceFixture p = ProvinceFixture.create("tk", Theme.policeRed());
        p.publish("Bảo vệ an ninh trật tự khu dân cư " + p.code, "Nhân dân tham gia bảo vệ an ninh Tổ quốc.");
        p.publish("Hội nghị về giao thông " + p.code, "Không liên quan.");
        for (String q : List.of("bảo vệ an ninh", "bao ve an ninh", "BAO VE AN NINH",
                Normalizer.normalize("bảo vệ an ninh", Normalizer.Form.NFD))) {
            assertEquals(List.of("Bảo vệ an ninh trật tự khu dân cư " + p.code), titles(p, q), q);
        }
        Document page = search(p, "bảo vệ an ninh", "");
        assertEquals("bảo vệ an ninh", page.select("input#q2").val(), "the query comes back as typed");
    }

    @Test
    void dStrokeMatchesPlainD() {
        ProvinceFixture p = ProvinceFixture.create("dd", Theme.policeRed());
        p.publish("Đảm bảo an toàn Đường phố " + p.code, "Đội tuần tra đêm.");
        assertEquals(1, titles(p, "dam bao duong pho").size());
        assertEquals(1, titles(p, "ĐẢM BẢO").size());
        assertEquals(1, titles(p, "doi tuan tra").size());
    }

    @Test
    void titleHitsRankAboveBodyHitsAndSnippetsMarkTheWords() {
        ProvinceFixture p = ProvinceFixture.create("xh", Theme.policeRed());
        p.publish("Bài chỉ nhắc trong thân " + p.code, "Đoạn văn có nói tới phòng cháy chữa cháy một lần.");
        p.publish("Phòng cháy chữa cháy mùa khô " + p.code, "Hướng dẫn phòng cháy chữa cháy cho hộ gia đình.");
        Document page = search(p, "phong chay chua chay", "");
        assertEquals("Phòng cháy chữa cháy mùa khô " + p.code, page.select(".search-hit .news-title a").first().text());
        assertTrue(page.select(".snippet mark").eachText().contains("phòng"), page.select(".snippet").html());
    }

    @Test
    void neverFindsAnotherProvincesArticles() {
        ProvinceFixture mine = ProvinceFixture.create("mn", Theme.policeRed());
        ProvinceFixture other = ProvinceFixture.create("kh", Theme.policeRed());
        other.publish("Tuyên truyền phòng chống ma túy " + other.code, "Nội dung của tỉnh khác.");
        assertTrue(titles(mine, "tuyen truyen ma tuy").isEmpty());
        assertEquals(1, titles(other, "tuyen truyen ma tuy").size());
    }

    @Test
    void dateRangeAndPaginationNarrowTheResults() {
        ProvinceFixture p = ProvinceFixture.create("ng", Theme.policeRed());
        List<String[]> many = new java.util.ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            many.add(new String[] {"Tuần tra kiểm soát số " + i + " " + p.code, "Tuần tra ban đêm."});
        }
        p.publish(many);
        Document first = search(p, "tuan tra", "");
        assertEquals("12", first.select(".result-count").text().replaceAll("\\D", ""));
        assertEquals(10, first.select(".search-hit").size());
        Document second = search(p, "tuan tra", "&trang=2");
        assertEquals(2, second.select(".search-hit").size());
        Document future = search(p, "tuan tra", "&tu=2999-01-01");
        assertTrue(future.select(".search-hit").isEmpty());
    }

    private List<String> titles(ProvinceFixture p, String q) {
        return search(p, q, "").select(".search-hit .news-title a").eachText();
    }

    /** Security issue #12 item 10: search had no per-client limit; one client's flood reached the database. */
    @Test
    void aClientSearchingTooOftenIsToldToWaitWhileOthersAndKeptPagesAreServed() {
        ProvinceFixture p = ProvinceFixture.create("sl", Theme.policeRed());
        ProvinceFixture other = ProvinceFixture.create("so", Theme.policeRed());
        p.publish("Cảnh giác lừa đảo qua mạng " + p.code, "Nội dung");
        for (int i = 0; i < 30; i++) {
            assertEquals(200, portal.get(p.path("/tim-kiem?q=lua+dao&r=" + i)).statusCode(), "search " + (i + 1));
        }
        var refused = portal.get(p.path("/tim-kiem?q=lua+dao&r=over"));
        assertEquals(429, refused.statusCode());
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElse("0"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        Document page = PortalClient.html(refused);
        assertTrue(page.selectFirst(".search-limited").text().startsWith("Bạn tìm kiếm quá nhiều"), page.html());
        assertEquals("lua dao", page.selectFirst("input#q2").val(), "the words typed are kept in the form");
        assertTrue(page.select(".search-hit").isEmpty());
        assertEquals(200, portal.get(p.path("/tim-kiem?q=lua+dao&r=5")).statusCode(), "a kept results page is still served");
        assertEquals(200, portal.get(other.path("/tim-kiem?q=lua+dao")).statusCode(), "another province counts apart");
    }

    private Document search(ProvinceFixture p, String q, String extra) {
        var response = portal.get(p.path("/tim-kiem?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + extra));
        assertEquals(200, response.statusCode());
        return PortalClient.html(response);
    }
}
