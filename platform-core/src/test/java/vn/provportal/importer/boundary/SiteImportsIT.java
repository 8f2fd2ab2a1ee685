package vn.provportal.importer.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.provportal.content.entity.Article;
import vn.provportal.content.entity.ArticleImage;
import vn.provportal.content.entity.ArticleStatus;
import vn.provportal.importer.control.ArticleImport;
import vn.provportal.importer.entity.ImportBatch;
import vn.provportal.importer.entity.ImportPlan;
import vn.provportal.media.boundary.MediaLibrary;
import vn.provportal.platform.InvalidInput;
import vn.provportal.redirect.boundary.Redirects;
import vn.provportal.redirect.entity.Redirect;
import vn.provportal.testing.Fixtures;
import vn.provportal.testing.Injection;
import vn.provportal.testing.RecordedEvents;
import vn.provportal.testing.TestDatabase;
import vn.provportal.testing.TestPersistence;
import vn.provportal.testing.Wired;

/**
 * A WordPress export imported into a province on a real MariaDB (#17 item 6): the dry run's counts and reasons with
 * nothing stored, then the posts as published articles with their images from the archive only, sanitised bodies, kept
 * or freed addresses and a 301 from each old address; a second run imports nothing twice; another province sees none of it.
 */
class SiteImportsIT {

    private static TestPersistence jpa;

    @BeforeAll
    static void start() {
        jpa = new TestPersistence(TestDatabase.ensureStarted());
    }

    @AfterAll
    static void stop() {
        jpa.close();
    }

    private static byte[] resource(String name) {
        try (InputStream in = SiteImportsIT.class.getResourceAsStream("/importer/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T imports(String tenant, Function<SiteImports, T> work) {
        return Wired.call(jpa, tenant, new SiteImports(), imports -> {
            MediaLibrary media = new MediaLibrary();
            Injection.set(media, "em", imports.em);
            Injection.set(media, "activities", new RecordedEvents<>());
            Redirects redirects = new Redirects();
            Injection.set(redirects, "em", imports.em);
            ArticleImport articles = new ArticleImport();
            Injection.set(articles, "em", imports.em);
            Injection.set(articles, "media", media);
            Injection.set(articles, "redirects", redirects);
            imports.articleImport = articles;
            return work.apply(imports);
        });
    }

    private static ImportBatch stageFixture(String tenant) {
        return imports(tenant, i -> i.stage("wordpress-export.xml", resource("wordpress-export.xml"), "uploads.zip",
                resource("wordpress-uploads.zip"), "hy-admin"));
    }

    private static List<Article> articles(String tenant) {
        return jpa.inTransaction(tenant, em -> em.createQuery("SELECT a FROM Article a ORDER BY a.publishedAt", Article.class)
                .getResultList().stream().peek(a -> a.getImages().size()).toList());
    }

    private static String redirect(String tenant, String oldPath) {
        return jpa.inTransaction(tenant, em -> em.createNamedQuery(Redirect.BY_OLD_PATH, Redirect.class)
                .setParameter("path", oldPath).getResultStream().map(Redirect::getNewPath).findFirst().orElse(null));
    }

    @Test
    void theDryRunSaysWhatWouldHappenThenTheImportStoresExactlyThat() {
        String province = Fixtures.uniqueTenantCode("im");
        jpa.inTransaction(province, em -> {
            Article taken = new Article("Hội nghị tổng kết 2023", null, "<p>Bài đã có</p>", null, null, Instant.now());
            taken.publish(Instant.now(), Instant.now());
            em.persist(taken);
            return null;
        });
        ImportBatch batch = stageFixture(province);

        ImportPlan plan = imports(province, i -> i.plan(batch.getId()));
        assertEquals(List.of("ra-quan-tong-kiem-soat", "hoi-nghi-tong-ket-2023-2", "canh-bao-lua-dao"),
                plan.posts().stream().map(ImportPlan.Planned::slug).toList(),
                "kept where free; the province's own article keeps its address; a percent-encoded Vietnamese one read");
        assertEquals(1, plan.renamed());
        assertEquals(List.of("103:draft", "104:page"), plan.skipped().stream().map(s -> s.id() + ":" + s.reason()).toList());
        assertEquals(Map.of("an-toan-giao-thong", "An toàn giao thông", "tin-tuc", "Tin tức", "canh-bao", "Cảnh báo"),
                plan.newCategories());
        assertEquals(3, plan.imageCount(), "two in the first post, one in the third");
        assertEquals(List.of("https://tracker.example/pixel.gif",
                "https://congan.hungyen.example/wp-content/uploads/2024/05/hong.jpg"), plan.missingImages(),
                "an image from elsewhere is never fetched; a file that is not an image is not taken");
        assertEquals(5, plan.redirectCount(), "each post's permalink and short link, once each");
        assertEquals(1, plan.comments());
        assertEquals(1, articles(province).size(), "a dry run stores nothing");

        assertEquals(3, (int) imports(province, i -> i.run(batch.getId(), "hy-admin")));
        List<Article> stored = articles(province);
        assertEquals(4, stored.size());
        Article first = stored.stream().filter(a -> a.getSlug().value().equals("ra-quan-tong-kiem-soat")).findFirst().orElseThrow();
        assertEquals(ArticleStatus.PUBLISHED, first.getStatus());
        assertEquals(Instant.parse("2024-05-06T01:30:00Z"), first.getPublishedAt(), "published when the old site published it");
        assertEquals("Minh Anh", first.getAuthor());
        assertEquals("An toàn giao thông", first.getCategory().getName());
        assertEquals(List.of("tổng kiểm soát", "nồng độ cồn"), first.getTagList());
        assertFalse(first.getBodyHtml().contains("script") || first.getBodyHtml().contains("alert")
                || first.getBodyHtml().contains("tracker") || first.getBodyHtml().contains("hong.jpg"), first.getBodyHtml());
        assertTrue(first.getBodyHtml().contains("<p>[[anh-1]]</p>") && first.getBodyHtml().contains("<p>[[anh-2]]</p>"),
                first.getBodyHtml());
        assertEquals(List.of("Lễ ra quân sáng 6/5 tại quảng trường tỉnh", "Kiểm tra nồng độ cồn trên Quốc lộ 5"),
                first.getImages().stream().map(ArticleImage::getCaption).toList());
        assertEquals(List.of("Lực lượng cảnh sát xếp hàng trong lễ ra quân", "Cảnh sát giao thông kiểm tra nồng độ cồn"),
                first.getImages().stream().map(ArticleImage::getAltText).toList());
        Article third = stored.stream().filter(a -> a.getSlug().value().equals("canh-bao-lua-dao")).findFirst().orElseThrow();
        assertEquals("Cảnh báo", third.getCategory().getName(), "filed under its first category of two");
        assertEquals(first.getImages().get(0).getMediaSha256(), third.getImages().get(0).getMediaSha256(),
                "one image shown by two posts is stored once");
        assertEquals(2L, (long) jpa.inTransaction(province, em -> em.createQuery("SELECT COUNT(m) FROM MediaFile m", Long.class)
                .getSingleResult()));
        Article second = stored.stream().filter(a -> a.getSlug().value().equals("hoi-nghi-tong-ket-2023-2")).findFirst().orElseThrow();
        assertEquals("<p>Dòng một của bài.</p><p>Dòng hai, đoạn mới.</p>", second.getBodyHtml());

        assertEquals("/tin-tuc/ra-quan-tong-kiem-soat", redirect(province, "/2024/05/ra-quan-tong-kiem-soat/"));
        assertEquals("/tin-tuc/ra-quan-tong-kiem-soat", redirect(province, "/?p=101"));
        assertEquals("/tin-tuc/hoi-nghi-tong-ket-2023-2", redirect(province, "/?p=102"));
        assertEquals("/tin-tuc/canh-bao-lua-dao", redirect(province, "/canh-bao/lua-dao-cuoi-nam/"));
        assertEquals("/tin-tuc/canh-bao-lua-dao", redirect(province, "/?p=107"));
        assertEquals(0L, (long) jpa.inTransaction(province, em -> em.createQuery("SELECT COUNT(i) FROM ImportImage i", Long.class)
                .getSingleResult()), "the staged images are dropped once in the media library");
    }

    @Test
    void aSecondRunImportsNothingTwiceAndAnotherProvinceSeesNoneOfIt() {
        String province = Fixtures.uniqueTenantCode("im");
        String other = Fixtures.uniqueTenantCode("in");
        ImportBatch batch = stageFixture(province);
        imports(province, i -> i.run(batch.getId(), "hy-admin"));
        InvalidInput twice = assertThrows(InvalidInput.class, () -> imports(province, i -> i.run(batch.getId(), "hy-admin")));
        assertEquals("import.already-run", twice.key());
        assertTrue(twice.messageVi().contains("hy-admin"), twice.messageVi());

        ImportBatch again = stageFixture(province);
        ImportPlan replan = imports(province, i -> i.plan(again.getId()));
        assertEquals(List.of(), replan.posts());
        assertEquals(List.of("103:draft", "104:page", "101:already-imported", "102:already-imported", "107:already-imported"),
                replan.skipped().stream().map(s -> s.id() + ":" + s.reason()).toList());
        assertEquals(0, (int) imports(province, i -> i.run(again.getId(), "hy-admin")));
        assertEquals(3, articles(province).size());

        assertEquals("import.no-batch", assertThrows(InvalidInput.class,
                () -> imports(other, i -> i.plan(batch.getId()))).key());
        assertEquals("import.no-batch", assertThrows(InvalidInput.class,
                () -> imports(other, i -> i.run(again.getId(), "tb-editor"))).key());
        assertEquals(List.of(), imports(other, SiteImports::batches));
        assertEquals(null, redirect(other, "/?p=101"));
        ImportBatch own = stageFixture(other);
        assertEquals(3, (int) imports(other, i -> i.run(own.getId(), "tb-admin")), "the same export, a province of its own");
        assertEquals(2, imports(province, SiteImports::batches).size());
    }

    @Test
    void aFileThatIsNoExportOrAnArchiveThatIsNoZipIsRefusedAndNothingIsKept() {
        String province = Fixtures.uniqueTenantCode("im");
        InvalidInput notExport = assertThrows(InvalidInput.class, () -> imports(province, i -> i.stage("bai.html",
                "<html><body>Trang web</body></html>".getBytes(StandardCharsets.UTF_8), null, null, "hy-admin")));
        assertEquals("import.not-feed", notExport.key());
        InvalidInput notZip = assertThrows(InvalidInput.class, () -> imports(province, i -> i.stage("wordpress.xml",
                resource("wordpress-export.xml"), "anh.rar", "Rar!".getBytes(StandardCharsets.US_ASCII), "hy-admin")));
        assertEquals("Tệp ảnh kèm theo không phải tệp nén ZIP đọc được", notZip.messageVi());
        assertEquals(List.of(), imports(province, SiteImports::batches));
    }
}
