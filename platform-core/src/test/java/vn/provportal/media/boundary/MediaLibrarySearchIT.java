package vn.provportal.media.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.provportal.content.boundary.ArticleDraft;
import vn.provportal.content.boundary.Newsroom;
import vn.provportal.content.boundary.PublishedImages;
import vn.provportal.content.entity.ImageUse;
import vn.provportal.media.entity.MediaSummary;
import vn.provportal.platform.InvalidInput;
import vn.provportal.platform.VietnamTime;
import vn.provportal.testing.Fixtures;
import vn.provportal.testing.Injection;
import vn.provportal.testing.RecordedEvents;
import vn.provportal.testing.TestDatabase;
import vn.provportal.testing.TestPersistence;
import vn.provportal.testing.Wired;

/**
 * The media library as editors search it, on a real MariaDB: by file name, by the caption or alt text an article
 * gives an image, by day and by use; where an image is used, in words; an unused image deleted with its copies, a
 * used one refused with the reason. Never another province's images.
 */
class MediaLibrarySearchIT {

    private static TestPersistence jpa;

    @BeforeAll
    static void start() {
        jpa = new TestPersistence(TestDatabase.ensureStarted());
    }

    @AfterAll
    static void stop() {
        jpa.close();
    }

    /** The library wired as the container wires it, with the articles' answer to "where is this image used". */
    private static <T> T library(String tenant, Function<MediaLibrary, T> work) {
        return jpa.inTransaction(tenant, em -> {
            MediaLibrary library = new MediaLibrary();
            Injection.set(library, "em", em);
            Injection.set(library, "activities", new RecordedEvents<>());
            Injection.set(library, "uses", uses(em));
            return work.apply(library);
        });
    }

    @SuppressWarnings("unchecked")
    private static Instance<MediaUses> uses(EntityManager em) {
        PublishedImages articles = new PublishedImages();
        Injection.set(articles, "em", em);
        List<MediaUses> all = List.of(articles);
        return (Instance<MediaUses>) Proxy.newProxyInstance(MediaUses.class.getClassLoader(), new Class<?>[] {Instance.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "iterator" -> all.iterator();
                    case "forEach" -> {
                        all.forEach((java.util.function.Consumer<MediaUses>) args[0]);
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void editorsFindImagesByNameCaptionDayAndUseAndDeleteOnlyUnusedOnes() throws IOException {
        String province = Fixtures.uniqueTenantCode("ms");
        String other = Fixtures.uniqueTenantCode("mt");
        byte[] night = jpeg(60, 40);
        byte[] ceremony = jpeg(70, 40);
        byte[] elsewhere = jpeg(80, 40);
        String used = library(province, l -> l.upload("tuan-tra-dem.jpg", night, "hy-editor")).getSha256();
        String unused = library(province, l -> l.upload("le-ra-quan.jpg", ceremony, "hy-editor")).getSha256();
        library(other, l -> l.upload("tuan-tra-dem.jpg", elsewhere, "tb-editor"));
        long article = Wired.call(jpa, province, new Newsroom(), n -> n.write(new ArticleDraft("Tuần tra đêm", null, "<p>x</p>",
                null, null, null, null, List.of(new ImageUse(used, "Lực lượng Cảnh sát cơ động", "Hàng ngũ tuần tra")), null),
                "hy-editor")).getId();

        assertEquals(List.of(used), shas(library(province, l -> l.search("CƠ ĐỘNG", null, null, null, 50))), "by the caption");
        assertEquals(List.of(used), shas(library(province, l -> l.search("hàng ngũ", null, null, null, 50))), "by the alt text");
        assertEquals(List.of(unused), shas(library(province, l -> l.search("ra-quan", null, null, null, 50))), "by the file name");
        assertEquals(List.of(used), shas(library(province, l -> l.search("tuan-tra", null, null, null, 50))),
                "the other province's file of the same name is not found");
        assertEquals(List.of(used), shas(library(province, l -> l.search(null, null, null, true, 50))));
        assertEquals(List.of(unused), shas(library(province, l -> l.search(null, null, null, false, 50))));
        LocalDate today = LocalDate.now(VietnamTime.ZONE);
        assertEquals(2, library(province, l -> l.search(null, today, today, null, 50)).size());
        assertEquals(0, library(province, l -> l.search(null, null, today.minusDays(1), null, 50)).size());

        assertEquals(List.of("Bài #" + article + " «Tuần tra đêm» (Bản nháp)"), library(province, l -> l.usesOf(used)));
        InvalidInput refused = assertThrows(InvalidInput.class, () -> library(province, l -> {
            l.delete(used, "hy-editor");
            return null;
        }));
        assertTrue(refused.messageVi().contains("«Tuần tra đêm»"), refused.messageVi());
        assertTrue(library(province, l -> l.find(used)).isPresent(), "a used image is kept");

        library(province, l -> l.describe(unused, "Lễ ra quân  ", "Hàng ngũ cán bộ chiến sĩ"));
        assertEquals("Lễ ra quân", library(province, l -> l.find(unused).orElseThrow().getDefaultCaption()),
                "the image's own caption, offered wherever it is placed");
        InvalidInput tooLong = assertThrows(InvalidInput.class, () -> library(province, l -> l.describe(unused, "x".repeat(501), "")));
        assertEquals("Chú thích dài quá 500 ký tự", tooLong.messageVi());
        assertEquals("Hàng ngũ cán bộ chiến sĩ", library(province, l -> l.find(unused).orElseThrow().getDefaultAlt()),
                "a refused change leaves what was there");

        library(province, l -> {
            l.delete(unused, "hy-editor");
            return null;
        });
        assertTrue(library(province, l -> l.find(unused)).isEmpty());
        assertEquals(0L, (long) library(province, l -> l.derivativeCount(unused)), "its scaled copies are gone too");
    }

    private static List<String> shas(List<MediaSummary> found) {
        return found.stream().map(MediaSummary::sha256).toList();
    }

    private static byte[] jpeg(int width, int height) throws IOException {
        return MediaLibraryIT.jpeg(width, height);
    }
}
