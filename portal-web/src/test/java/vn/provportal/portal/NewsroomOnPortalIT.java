package vn.provportal.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.provportal.content.boundary.PreviewLinks;
import vn.provportal.content.entity.Article;
import vn.provportal.content.entity.ImageUse;
import vn.provportal.media.boundary.MediaLibrary;
import vn.provportal.tenant.entity.Theme;
import vn.provportal.testing.ExifJpeg;

/**
 * What the newsroom's work looks like to citizens, on Payara Micro: images placed in the body as captioned
 * figures, tags and source, scaled copies of images, and preview links that show a draft to whoever holds
 * one — not indexed, not cached, not on another province's portal, and gone once revoked.
 */
class NewsroomOnPortalIT extends DeployedPortal {

    @Test
    void placedImagesBecomeCaptionedFiguresAndScaledCopiesAreServed() throws IOException {
        ProvinceFixture p = ProvinceFixture.create("fig", Theme.policeRed());
        byte[] photo = ExifJpeg.withExif(photo(1500, 1000), 1, "Dai uy Tran Van Anh", "N", 20.65);
        String sha = vn.provportal.testing.Wired.call(ProvinceFixture.jpa(), p.code, new MediaLibrary(),
                media -> media.upload("hoi-nghi.jpg", photo, "bien-tap").getSha256());
        Article article = p.publish("Hội nghị có ảnh " + p.code, "Mở đầu");
        ProvinceFixture.jpa().inTransaction(p.code, em -> {
            Article a = em.find(Article.class, article.getId());
            a.describe("an ninh, Hưng Yên", "Báo Công an nhân dân");
            return null;
        });
        ProvinceFixture.jpa().inTransaction(p.code, em -> em.createNativeQuery(
                "UPDATE article SET body_html = '<p>Mở đầu</p><p>[[anh-1]]</p><p>Kết thúc</p>' WHERE id = ?")
                .setParameter(1, article.getId()).setHint("eclipselink.jdbc.allow-native-sql-query", true).executeUpdate());
        ProvinceFixture.jpa().inTransaction(p.code, em -> {
            em.createNativeQuery("INSERT INTO article_image (tenant_id, article_id, position, media_sha256, caption, alt_text) "
                    + "VALUES (?, ?, 0, ?, 'Toàn cảnh hội nghị', 'Đại biểu ngồi kín hội trường')")
                    .setParameter(1, p.code).setParameter(2, article.getId()).setParameter(3, sha)
                    .setHint("eclipselink.jdbc.allow-native-sql-query", true).executeUpdate();
            return null;
        });

        Document page = PortalClient.html(portal.get(p.path("/tin-tuc/" + article.getSlug().value())));
        Element figure = page.selectFirst(".article-body figure.article-figure");
        assertEquals("Toàn cảnh hội nghị", figure.selectFirst("figcaption").text(), page.select(".article-body").html());
        assertEquals("Đại biểu ngồi kín hội trường", figure.selectFirst("img").attr("alt"));
        assertEquals(List.of("Mở đầu", "Kết thúc"), page.select(".article-body > p").eachText(), "the marker itself is gone");
        assertTrue(page.select(".article > figure.article-figure").isEmpty(), "a placed image is not repeated after the lead");
        assertEquals(List.of("an ninh", "Hưng Yên"), page.select(".article-tags a.tag").eachText());
        assertTrue(page.selectFirst(".article-source").text().contains("Báo Công an nhân dân"));

        HttpResponse<byte[]> scaled = portal.getBytes(p.path("/media/" + sha + "?w=640"));
        assertEquals(200, scaled.statusCode());
        assertEquals("nosniff", scaled.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals(640, ImageIO.read(new ByteArrayInputStream(scaled.body())).getWidth());
        HttpResponse<byte[]> original = portal.getBytes(p.path("/media/" + sha + "?w=5"));
        assertEquals(1500, ImageIO.read(new ByteArrayInputStream(original.body())).getWidth(), "an odd width gets the original");
        for (byte[] served : List.of(original.body(), scaled.body())) {
            String ascii = new String(served, StandardCharsets.ISO_8859_1);
            assertFalse(ascii.contains("Exif") || ascii.contains("Tran Van Anh"),
                    "the camera's EXIF/XMP (GPS, photographer) is not served to citizens");
        }
    }

    @Test
    void aDraftsPhotoIsSeenOnlyThroughItsPreviewLinkUntilTheArticleIsOut() {
        ProvinceFixture p = ProvinceFixture.create("img", Theme.policeRed());
        String draftPhoto = upload(p, photo(900, 600));
        String libraryOnly = upload(p, photo(300, 200));
        long id = ProvinceFixture.jpa().inTransaction(p.code, em -> {
            Article draft = new Article("Chuyên án chưa công bố " + p.code, "Tóm tắt", "<p>Nội dung</p>",
                    "Phóng viên", null, Instant.now());
            draft.addImage(draftPhoto, "Hiện trường", "Hiện trường vụ án");
            em.persist(draft);
            em.flush();
            return draft.getId();
        });
        assertEquals(404, portal.getBytes(p.path("/media/" + draftPhoto)).statusCode(), "a draft's photo is not public");
        assertEquals(404, portal.getBytes(p.path("/media/" + draftPhoto + "?w=640")).statusCode());
        assertEquals(404, portal.getBytes(p.path("/media/" + libraryOnly)).statusCode(), "nor one only in the library");

        PreviewLinks.Issued link = vn.provportal.testing.Wired.call(ProvinceFixture.jpa(), p.code, new PreviewLinks(),
                links -> links.create(id, 24, "bien-tap"));
        Document preview = PortalClient.html(portal.get(p.path("/xem-truoc/" + link.token())));
        String src = preview.selectFirst(".article-body img, .article figure img").attr("src");
        HttpResponse<byte[]> seen = portal.getBytes(src);
        assertEquals(200, seen.statusCode(), src);
        assertEquals("private, no-store", seen.headers().firstValue("Cache-Control").orElse(""), "kept by no cache");
        String scaledSrc = preview.selectFirst(".article figure img").attr("srcset").split(" ")[0];
        assertEquals(200, portal.getBytes(scaledSrc).statusCode(), scaledSrc);
        assertEquals(404, portal.getBytes(p.path("/media/" + libraryOnly + "?xem-truoc=" + link.token())).statusCode(),
                "a preview link opens its draft's images, not the library");

        ProvinceFixture.jpa().inTransaction(p.code, em -> {
            em.find(Article.class, id).publish(Instant.now().minusSeconds(1), Instant.now());
            return null;
        });
        HttpResponse<byte[]> published = portal.getBytes(p.path("/media/" + draftPhoto));
        assertEquals(200, published.statusCode(), "public once the article is out");
        assertTrue(published.headers().firstValue("Cache-Control").orElse("").contains("immutable"));
    }

    private static String upload(ProvinceFixture p, byte[] photo) {
        return vn.provportal.testing.Wired.call(ProvinceFixture.jpa(), p.code, new MediaLibrary(),
                media -> media.upload("anh.jpg", photo, "bien-tap").getSha256());
    }

    @Test
    void aPreviewLinkShowsTheDraftOnlyWhereAndWhileItIsValid() {
        ProvinceFixture p = ProvinceFixture.create("pvw", Theme.policeRed());
        ProvinceFixture other = ProvinceFixture.create("pvo", Theme.policeRed());
        long id = ProvinceFixture.jpa().inTransaction(p.code, em -> {
            Article draft = new Article("Bản nháp xin ý kiến lãnh đạo " + p.code, "Tóm tắt", "<p>Nội dung nháp</p>",
                    "Phóng viên", null, Instant.now());
            em.persist(draft);
            em.flush();
            return draft.getId();
        });
        PreviewLinks.Issued link = vn.provportal.testing.Wired.call(ProvinceFixture.jpa(), p.code, new PreviewLinks(),
                links -> links.create(id, 24, "bien-tap"));

        HttpResponse<String> preview = portal.get(p.path("/xem-truoc/" + link.token()));
        assertEquals(200, preview.statusCode());
        Document page = PortalClient.html(preview);
        assertEquals("Bản nháp xin ý kiến lãnh đạo " + p.code, page.selectFirst("h1.article-title").text());
        assertTrue(page.selectFirst(".preview-notice").text().contains("BẢN XEM TRƯỚC"));
        assertEquals("noindex, nofollow", preview.headers().firstValue("X-Robots-Tag").orElse(""));
        assertEquals("no-store", preview.headers().firstValue("Cache-Control").orElse(""));
        assertEquals(404, portal.get(p.path("/tin-tuc/" + vn.provportal.content.control.SlugGenerator
                .slugOf("Bản nháp xin ý kiến lãnh đạo " + p.code).value())).statusCode(), "the draft itself is not public");
        assertEquals(404, portal.get(other.path("/xem-truoc/" + link.token())).statusCode(), "not on another portal");

        vn.provportal.testing.Wired.call(ProvinceFixture.jpa(), p.code, new PreviewLinks(), links -> {
            links.revoke(links.of(id).get(0).getId());
            return null;
        });
        assertEquals(404, portal.get(p.path("/xem-truoc/" + link.token())).statusCode(), "revoked");
    }

    private static byte[] photo(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1565C0));
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
