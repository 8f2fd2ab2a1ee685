package vn.provportal.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A province's old WordPress site imported through the whole stack (#17 item 6): Hưng Yên's administrator uploads the
 * export and the ZIP of its images, reads the dry run (posts, images, addresses, what is skipped and why — nothing stored
 * yet), imports; a citizen's old links answer 301 to the new articles, which show the archive's images with their captions
 * and nothing from elsewhere; the same export again imports nothing; an editor cannot import, and Thái Bình's portal knows
 * none of the old addresses.
 */
@ExtendWith(RunningStack.class)
class ImportDeskIT {

    @Test
    void anAdministratorImportsTheOldSiteAndItsOldLinksLeadToTheNewArticles() throws Exception {
        StackConfig config = RunningStack.config();
        int n = ThreadLocalRandom.current().nextInt(10000, 99999);
        byte[] export = export(n);
        byte[] images = fixture("wordpress-uploads.zip");
        Browser admin = new Browser();
        admin.signIn(config.adminUrl() + "/", "hy-admin", RunningStack.PASSWORD);
        HttpResponse<String> desk = admin.get(config.adminUrl() + "/import/index.xhtml");
        assertEquals(200, desk.statusCode());
        HttpResponse<String> dryRun = admin.upload(desk, Browser.html(desk).selectFirst("form#upload"),
                Map.of("upload:dry-run", ""), Map.of("upload:source", new Browser.SentFile("wordpress.xml", export),
                        "upload:archive", new Browser.SentFile("uploads.zip", images)));
        Document plan = Browser.html(dryRun);
        assertTrue(dryRun.uri().getPath().endsWith("/import/batch.xhtml"), dryRun.uri().toString());
        assertEquals("3", plan.select("#count-posts strong").text());
        assertEquals("3", plan.select("#count-images strong").text());
        assertEquals("2", plan.select("#count-missing strong").text(), "the tracking pixel and the file that is no image");
        assertEquals("5", plan.select("#count-redirects strong").text());
        assertEquals("0", plan.select("#count-categories strong").text(), "filed under Hưng Yên's own categories");
        assertEquals(List.of("· bản nháp hoặc chờ duyệt: 1", "· trang tĩnh (không phải tin bài): 1"), plan.select(".skip-reason").eachText());
        assertTrue(plan.select("td.new-address").eachText().contains("/tin-tuc/ra-quan-tong-kiem-soat-" + n));
        assertTrue(plan.select("#missing-images").text().contains("https://tracker.example/pixel.gif"));
        assertEquals(0L, StackDb.number("SELECT COUNT(*) FROM article WHERE title LIKE '[" + n + "]%'"), "a dry run stores nothing");

        Document done = Browser.html(admin.submit(dryRun, plan.selectFirst("form#run"), Map.of("run:import", "")));
        assertTrue(done.select("#messages").text().contains("Đã nhập 3 bài; 5 địa chỉ cũ chuyển hướng sang bài mới"),
                done.select("#messages").text());
        assertEquals(3L, StackDb.number("SELECT COUNT(*) FROM article WHERE tenant_id = 'hung-yen' AND status = 'PUBLISHED' "
                + "AND title LIKE '[" + n + "]%'"));
        assertTrue(done.select("td.old-addresses").text().contains("/?p=" + n + "102"), done.select("td.old-addresses").text());

        String portal = config.portalUrl() + "/hung-yen";
        for (String[] moved : new String[][] {{"/2024/05/ra-quan-tong-kiem-soat-" + n + "/", "ra-quan-tong-kiem-soat-" + n},
                {"/2024/05/ra-quan-tong-kiem-soat-" + n, "ra-quan-tong-kiem-soat-" + n},
                {"/?p=" + n + "102", "hoi-nghi-tong-ket-2023-" + n}, {"/?p=" + n + "107", "canh-bao-lua-dao-" + n}}) {
            HttpResponse<String> old = Browser.getWithoutRedirects(portal + moved[0], null);
            assertEquals(301, old.statusCode(), moved[0]);
            assertTrue(old.headers().firstValue("location").orElse("").endsWith("/hung-yen/tin-tuc/" + moved[1]),
                    moved[0] + " → " + old.headers().firstValue("location"));
        }
        Browser citizen = new Browser();
        HttpResponse<String> followed = citizen.get(portal + "/2024/05/ra-quan-tong-kiem-soat-" + n + "/");
        Document article = Browser.html(followed);
        assertEquals(200, followed.statusCode());
        assertEquals("[" + n + "] Công an tỉnh ra quân tổng kiểm soát phương tiện", article.select("h1").text());
        assertTrue(article.text().contains("06/05/2024"), "the old site's date");
        assertEquals(List.of("Lễ ra quân sáng 6/5 tại quảng trường tỉnh", "Kiểm tra nồng độ cồn trên Quốc lộ 5"),
                article.select("article figcaption").eachText());
        assertEquals(200, citizen.get(config.portalUrl() + article.select("article figure img").attr("src")).statusCode(),
                "the archive's image, served by the portal");
        assertFalse(followed.body().contains("tracker.example") || followed.body().contains("alert("), "nothing from elsewhere");

        HttpResponse<String> again = admin.upload(admin.get(config.adminUrl() + "/import/index.xhtml"),
                Browser.html(admin.get(config.adminUrl() + "/import/index.xhtml")).selectFirst("form#upload"),
                Map.of("upload:dry-run", ""), Map.of("upload:source", new Browser.SentFile("wordpress.xml", export)));
        Document replan = Browser.html(again);
        assertEquals("0", replan.select("#count-posts strong").text());
        assertTrue(replan.select(".skip-reason").eachText().contains("· đã nhập trước đây: 3"), replan.select(".skip-reason").eachText().toString());
        assertTrue(replan.select("input[id='run:import']").hasAttr("disabled"), "nothing to import twice");

        long batches = StackDb.number("SELECT COUNT(*) FROM import_batch WHERE tenant_id = 'hung-yen'");
        HttpResponse<String> desk2 = admin.get(config.adminUrl() + "/import/index.xhtml");
        HttpResponse<String> refused = admin.upload(desk2, Browser.html(desk2).selectFirst("form#upload"), Map.of("upload:dry-run", ""),
                Map.of("upload:source", new Browser.SentFile("trang-cu-2015-2025.xml", new byte[60 * 1024 * 1024])));
        Document huge = Browser.html(refused);
        assertTrue(huge.select("#messages").text().contains("trang-cu-2015-2025.xml: tệp quá lớn"), refused.statusCode() + " "
                + huge.select("h1").text() + " " + huge.select("#messages").text());
        assertEquals(batches, StackDb.number("SELECT COUNT(*) FROM import_batch WHERE tenant_id = 'hung-yen'"),
                "a 60 MB export is refused before it is read; nothing is kept");

        Browser editor = new Browser();
        editor.signIn(config.adminUrl() + "/", "hy-editor", RunningStack.PASSWORD);
        assertEquals(403, editor.get(config.adminUrl() + "/import/index.xhtml").statusCode(), "importing is the administrator's");
        assertEquals(404, Browser.getWithoutRedirects(config.portalUrl() + "/thai-binh/2024/05/ra-quan-tong-kiem-soat-" + n + "/",
                null).statusCode(), "Thái Bình's portal knows none of Hưng Yên's old addresses");
        assertEquals(200, Browser.getWithoutRedirects(config.portalUrl() + "/thai-binh/?p=" + n + "102", null).statusCode(),
                "its home page, not Hưng Yên's article");
    }

    /** The fixture made this run's own: its posts, addresses and guids carry {@code n}; its categories are Hưng Yên's. */
    private static byte[] export(int n) throws IOException {
        String xml = new String(fixture("wordpress-export.xml"), StandardCharsets.UTF_8)
                .replace("ra-quan-tong-kiem-soat", "ra-quan-tong-kiem-soat-" + n)
                .replace("hoi-nghi-tong-ket-2023", "hoi-nghi-tong-ket-2023-" + n)
                .replace("lua-dao-cuoi-nam", "lua-dao-cuoi-nam-" + n)
                .replace("%e1%ba%a3o]]>", "%e1%ba%a3o-" + n + "]]>")
                .replace("?p=10", "?p=" + n + "10")
                .replace("<title><![CDATA[", "<title><![CDATA[[" + n + "] ")
                .replace("an-toan-giao-thong", "hoat-dong-luc-luong").replace("\"canh-bao\"", "\"tin-tuc\"");
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = ImportDeskIT.class.getResourceAsStream("/importer/" + name)) {
            return in.readAllBytes();
        }
    }
}
