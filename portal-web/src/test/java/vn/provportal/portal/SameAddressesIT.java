package vn.provportal.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.provportal.content.entity.Article;
import vn.provportal.content.entity.Slug;
import vn.provportal.media.boundary.MediaLibrary;
import vn.provportal.page.entity.StaticPage;
import vn.provportal.redirect.entity.Redirect;
import vn.provportal.tenant.entity.Theme;

/**
 * Test issue #16 item 2: two provinces answering the same addresses — the same category, an article under the same
 * slug in both — and every public surface asked through the other's prefix and hostname: article and print view,
 * category page, RSS, sitemaps, fixed and English pages, {@code thong-ke} and its CSV, the read API and the
 * satisfaction PUT, scaled images, the redirect table, and comment and vote tokens replayed on the other province.
 * Nothing of A is ever shown by B, and nothing sent to B with A's credentials or tokens is written.
 */
class SameAddressesIT extends DeployedPortal {

    private static final String ALLOW_NATIVE = "eclipselink.jdbc.allow-native-sql-query";

    private ProvinceFixture a;
    private ProvinceFixture b;
    private String shared;
    private String onlyInA;
    private String photo;

    /** Everything is written before either province's first page, so no kept page predates it. */
    @BeforeEach
    void twoProvincesWithTheSameAddresses() {
        a = ProvinceFixture.create("sa", Theme.policeRed());
        b = ProvinceFixture.create("sb", Theme.policeRed());
        a.placeStatisticsWidgets();
        b.placeStatisticsWidgets();
        String title = "Cùng một địa chỉ ở hai tỉnh";
        Article inA = a.publish(title, "Nội dung riêng của " + a.code);
        Article inB = b.publish(title, "Nội dung riêng của " + b.code);
        shared = inA.getSlug().value();
        assertEquals(shared, inB.getSlug().value(), "the same address in both provinces");
        onlyInA = a.publish("Tin chỉ có ở " + a.code, "Chỉ tỉnh A").getSlug().value();
        photo = vn.provportal.testing.Wired.call(ProvinceFixture.jpa(), a.code, new MediaLibrary(),
                media -> media.upload("anh-rieng.jpg", jpeg(), "bien-tap").getSha256());
        ProvinceFixture.jpa().inTransaction(a.code, em -> {
            em.createNativeQuery("INSERT INTO article_image (tenant_id, article_id, position, media_sha256, caption, alt_text) "
                    + "VALUES (?, ?, 0, ?, 'Ảnh của tỉnh A', 'Ảnh')").setParameter(1, a.code).setParameter(2, inA.getId())
                    .setParameter(3, photo).setHint(ALLOW_NATIVE, true).executeUpdate();
            em.persist(new StaticPage("vi", new Slug("gioi-thieu-rieng"), "Giới thiệu riêng " + a.code, "<p>Riêng A</p>", 9));
            em.persist(new StaticPage("en", new Slug("own-page"), "Own page of " + a.code, "<p>Only A</p>", 9));
            em.persist(new Redirect("/tin-tuc/dia-chi-cu", "/tin-tuc/" + onlyInA, Instant.now()));
            return null;
        });
    }

    @Test
    void pagesUnderTheSameAddressesShowOnlyTheirOwnProvince() {
        for (Function<String, HttpResponse<String>> viaB : List.<Function<String, HttpResponse<String>>>of(
                path -> portal.get(b.path(path)), path -> portal.getAsHost(b.code + ".localhost", path))) {
            for (String path : List.of("/tin-tuc/" + shared, "/tin-tuc/" + shared + "/in")) {
                String page = viaB.apply(path).body();
                assertTrue(page.contains("Nội dung riêng của " + b.code), path);
                assertFalse(page.contains(a.code), path + " of B shows something of A");
            }
            for (String path : List.of("/tin-tuc/" + onlyInA, "/tin-tuc/" + onlyInA + "/in", "/trang/gioi-thieu-rieng",
                    "/en/own-page", "/media/" + photo, "/media/" + photo + "?w=320", "/tin-tuc/dia-chi-cu")) {
                assertEquals(404, viaB.apply(path).statusCode(), path + " of A asked of B");
            }
            for (String path : List.of("/", "/chuyen-muc/tin-tuc", "/tim-kiem?q=ri%C3%AAng", "/so-do-trang", "/en/",
                    "/thong-ke")) {
                HttpResponse<String> page = viaB.apply(path);
                assertEquals(200, page.statusCode(), path);
                assertFalse(page.body().contains(a.code), path + " of B names A: "
                        + PortalClient.html(page).select("body").text());
            }
        }
        // the same requests of A do find A's: the 404s above are B's refusals, not addresses that never worked
        for (String path : List.of("/tin-tuc/" + onlyInA, "/tin-tuc/" + onlyInA + "/in", "/trang/gioi-thieu-rieng", "/en/own-page")) {
            assertEquals(200, portal.get(a.path(path)).statusCode(), path + " of A");
        }
        assertEquals(200, portal.getBytes(a.path("/media/" + photo + "?w=320")).statusCode());
        assertEquals(200, portal.getBytes(a.path("/media/" + photo)).statusCode());
        assertEquals(301, portal.get(a.path("/tin-tuc/dia-chi-cu")).statusCode());
        assertEquals(404, portal.getBytes(b.path("/media/" + photo + "?w=320")).statusCode(),
                "A's scaled copy, now made and kept, is still not B's");
        assertTrue(portal.get(a.path("/tin-tuc/" + shared)).body().contains("Nội dung riêng của " + a.code));
    }

    @Test
    void feedsAndSitemapsListOnlyTheirOwnProvince() {
        for (String feed : List.of("/rss", "/chuyen-muc/tin-tuc/rss", "/sitemap.xml")) {
            for (HttpResponse<String> answer : List.of(portal.get(b.path(feed)), portal.getAsHost(b.code + ".localhost", feed))) {
                assertEquals(200, answer.statusCode(), feed);
                Document xml = Jsoup.parse(answer.body(), "", Parser.xmlParser());
                List<String> links = xml.select("item > link, url > loc").eachText();
                assertFalse(links.isEmpty(), feed + " lists B's own");
                assertTrue(links.stream().noneMatch(l -> l.contains(onlyInA) || l.contains("/" + a.code + "/")),
                        feed + " of B lists A's: " + links);
                assertFalse(answer.body().contains(a.code), feed);
            }
        }
        Document feedOfA = Jsoup.parse(portal.get(a.path("/rss")).body(), "", Parser.xmlParser());
        assertTrue(feedOfA.select("item > link").eachText().stream().anyMatch(l -> l.endsWith(onlyInA)), "A's feed lists it");
    }

    @Test
    void figuresAndTheirCsvStayWithTheProvinceWhoseKeyWroteThem() {
        String keyOfA = a.apiKey(false);
        String keyOfB = b.apiKey(false);
        assertEquals(200, portal.json("PUT", "/api/v1/provinces/" + a.code + "/processing/2026-10",
                ProvinceFixture.processingFigures(8_765), "X-API-Key", keyOfA).statusCode());
        HttpResponse<String> foreignPut = portal.json("PUT", "/api/v1/provinces/" + b.code + "/satisfaction/2026-10",
                "{\"verySatisfied\": 600, \"satisfied\": 330, \"notSatisfied\": 70}", "X-API-Key", keyOfA);
        assertEquals(403, foreignPut.statusCode(), foreignPut.body());
        assertEquals(403, portal.json("PUT", "/api/v1/provinces/" + b.code + "/processing/2026-10",
                ProvinceFixture.processingFigures(1), "X-API-Key", keyOfA).statusCode());
        assertEquals(0, rows(b.code, "stats_satisfaction") + rows(b.code, "stats_processing"), "nothing written for B");

        HttpResponse<String> foreignRead = portal.json("GET", "/api/v1/provinces/" + a.code + "/processing?ky=MONTH", null,
                "X-API-Key", keyOfB);
        assertEquals(403, foreignRead.statusCode());
        assertFalse(foreignRead.body().contains("9065"), "A's figures are not in B's refusal");
        HttpResponse<String> ownRead = portal.json("GET", "/api/v1/provinces/" + b.code + "/processing?ky=MONTH", null,
                "X-API-Key", keyOfB);
        assertEquals(200, ownRead.statusCode());
        assertEquals("[]", ownRead.body().strip(), "B has no figures of its own");
        assertTrue(portal.json("GET", "/api/v1/provinces/" + a.code + "/processing?ky=MONTH", null, "X-API-Key", keyOfA)
                .body().contains("9065"), "A reads its own: 8,765 online + 300 at the desk");

        String csvOfA = portal.get(a.path("/thong-ke/xu-ly.csv")).body();
        String csvOfB = portal.get(b.path("/thong-ke/xu-ly.csv")).body();
        assertTrue(csvOfA.contains("8765"), csvOfA);
        assertFalse(csvOfB.contains("8765"), "B's CSV: " + csvOfB);
        assertFalse(portal.getAsHost(b.code + ".localhost", "/thong-ke/xu-ly.csv").body().contains("8765"));
        assertFalse(portal.get(b.path("/thong-ke")).body().contains("9.065"), "B's statistics page");
        assertTrue(portal.get(a.path("/thong-ke")).body().contains("9.065"), "A's statistics page shows 9.065");
    }

    @Test
    void aCommentOrVoteTokenOfOneProvinceIsRefusedByTheOther() {
        String articlePath = "/tin-tuc/" + shared;
        String commentToken = PortalClient.html(portal.get(a.path(articlePath)))
                .select("form.comment-form input[name=token]").val();
        assertFalse(commentToken.isEmpty());
        Map<String, String> comment = new HashMap<>(Map.of("token", commentToken, "name", "Người thử",
                "email", "", "body", "Bình luận mang thẻ của tỉnh khác", "consent", "yes", "website", ""));
        HttpResponse<String> replayed = portal.post(b.path(articlePath + "/binh-luan"), comment);
        assertEquals(400, replayed.statusCode(), "A's token on B's article of the same address");
        assertEquals("Bình luận mang thẻ của tỉnh khác", PortalClient.html(replayed).select("textarea[name=body]").text(),
                "the citizen's text is kept to send again");
        assertEquals(0, rows(b.code, "article_comment"));
        assertEquals(0, rows(a.code, "article_comment"), "nor is it written to A");

        String voteToken = PortalClient.html(portal.get(a.path("/"))).select("form.vote-form input[name=token]").val();
        assertFalse(voteToken.isEmpty());
        HttpResponse<String> vote = portal.post(b.path("/danh-gia"), Map.of("token", voteToken, "muc-do", "hai-long"));
        assertTrue(vote.headers().firstValue("Location").orElse("").contains("danh-gia=loi"), "A's vote token at B");
        assertEquals(0, rows(b.code, "satisfaction_vote") + rows(b.code, "stats_satisfaction"));
        assertEquals(303, portal.post(a.path("/danh-gia"), Map.of("token", voteToken, "muc-do", "hai-long")).statusCode());
        assertEquals(1, rows(a.code, "satisfaction_vote"), "the same token is good at A: the refusal was B's");
    }

    private static long rows(String province, String table) {
        return ProvinceFixture.jpa().inTransaction(province, em -> ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM " + table + " WHERE tenant_id = ?").setParameter(1, province)
                .setHint(ALLOW_NATIVE, true).getSingleResult()).longValue());
    }

    private static byte[] jpeg() {
        BufferedImage image = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xB71C1C));
        g.fillRect(0, 0, 1200, 800);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
