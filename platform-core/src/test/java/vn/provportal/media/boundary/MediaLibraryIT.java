package vn.provportal.media.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.provportal.media.entity.MediaFile;
import vn.provportal.platform.InvalidInput;
import vn.provportal.platform.Sha256;
import vn.provportal.testing.ExifJpeg;
import vn.provportal.testing.Fixtures;
import vn.provportal.testing.TestDatabase;
import vn.provportal.testing.TestPersistence;
import vn.provportal.testing.Wired;

/**
 * Uploads against a real MariaDB: a photo is stored once, re-encoded without its metadata, with its scaled
 * copies made once; everything that is an image in name only — or an image with a script inside, or one whose header claims giant dimensions
 * — is refused with the reason, and nothing is stored.
 */
class MediaLibraryIT {

    private static TestPersistence jpa;

    @BeforeAll
    static void start() {
        jpa = new TestPersistence(TestDatabase.ensureStarted());
    }

    @AfterAll
    static void stop() {
        jpa.close();
    }

    private static <T> T library(String tenant, Function<MediaLibrary, T> work) {
        return Wired.call(jpa, tenant, new MediaLibrary(), work);
    }

    @Test
    void aPhotoIsStoredOnceWithItsDerivativesMadeOnce() throws IOException {
        String tenant = Fixtures.uniqueTenantCode("md");
        byte[] photo = jpeg(1600, 900);
        MediaFile first = library(tenant, l -> l.upload("hoi-nghi.jpg", photo, "hy-editor"));
        assertEquals("image/jpeg", first.getContentType());
        assertEquals(1600, first.getWidth());
        long made = library(tenant, l -> l.derivativeCount(first.getSha256()));
        assertEquals(3L, made, "320, 640 and 1024 wide");
        var scaled = library(tenant, l -> l.derivative(first.getSha256(), 640).orElseThrow());
        BufferedImage decoded = ImageIO.read(new java.io.ByteArrayInputStream(scaled.getBytes()));
        assertEquals(640, decoded.getWidth());
        assertEquals(360, decoded.getHeight());

        MediaFile again = library(tenant, l -> l.upload("ban-sao.jpg", photo, "hy-editor-2"));
        assertEquals(first.getSha256(), again.getSha256());
        long stored = jpa.inTransaction(tenant, em -> em.createQuery("SELECT COUNT(m) FROM MediaFile m", Long.class)
                .getSingleResult());
        assertEquals(1L, stored, "the same bytes are stored once");
        long madeAgain = library(tenant, l -> l.derivativeCount(first.getSha256()));
        assertEquals(3L, madeAgain, "derivatives are not made again");
        assertEquals("hoi-nghi.jpg", library(tenant, l -> l.newestFirst(10)).get(0).originalName());

        String other = Fixtures.uniqueTenantCode("mo");
        assertTrue(library(other, l -> l.find(first.getSha256())).isEmpty(), "another province does not see it");
    }

    @Test
    void aSmallImageGetsNoLargerCopies() throws IOException {
        String tenant = Fixtures.uniqueTenantCode("ms");
        byte[] small = png(200, 200);
        MediaFile icon = library(tenant, l -> l.upload("bieu-tuong.png", small, "ed"));
        long none = library(tenant, l -> l.derivativeCount(icon.getSha256()));
        assertEquals(0L, none);
        BufferedImage stored = ImageIO.read(new java.io.ByteArrayInputStream(
                library(tenant, l -> l.find(icon.getSha256()).orElseThrow().getBytes())));
        assertEquals(200, stored.getWidth());
        assertEquals(picture(200, 200).getRGB(100, 100), stored.getRGB(100, 100), "PNG is kept lossless");
    }

    @Test
    void aPhotoIsKeptWithoutWhereAndByWhomItWasTakenAndStandsTheRightWayUp() throws IOException {
        String tenant = Fixtures.uniqueTenantCode("mx");
        byte[] camera = ExifJpeg.withExif(jpeg(1200, 600), 6, "Thieu ta Nguyen Van Chup", "N", 20.6464);
        assertTrue(contains(camera, "Exif") && contains(camera, "Nguyen Van Chup"), "the upload carries EXIF");
        MediaFile kept = library(tenant, l -> l.upload("hien-truong.jpg", camera, "ed"));

        byte[] original = library(tenant, l -> l.find(kept.getSha256()).orElseThrow().getBytes());
        byte[] scaled = library(tenant, l -> l.derivative(kept.getSha256(), 320).orElseThrow().getBytes());
        for (byte[] served : new byte[][] {original, scaled}) {
            assertFalse(contains(served, "Exif"), "no EXIF block (GPS, author, camera) in what the portal serves");
            assertFalse(contains(served, "Nguyen Van Chup"), "the photographer's name is gone");
            assertFalse(contains(served, "http://ns.adobe.com/xap"), "no XMP either");
        }
        assertEquals(600, kept.getWidth(), "orientation 6 (turn 90°) applied to the pixels");
        assertEquals(1200, kept.getHeight());
        BufferedImage decoded = ImageIO.read(new java.io.ByteArrayInputStream(original));
        assertEquals(600, decoded.getWidth());
        assertEquals(1200, decoded.getHeight());
        assertEquals(Sha256.hex(original), kept.getSha256(), "addressed by what is stored");
    }

    @Test
    void whateverRidesAlongInsideAnImageDoesNotSurviveStorage() throws IOException {
        String tenant = Fixtures.uniqueTenantCode("mp");
        ByteArrayOutputStream polyglot = new ByteArrayOutputStream();
        polyglot.writeBytes(gif(40, 40));
        polyglot.writeBytes("\n;alert(document.domain)//".getBytes(StandardCharsets.US_ASCII));
        MediaFile kept = library(tenant, l -> l.upload("dong.gif", polyglot.toByteArray(), "ed"));
        byte[] stored = library(tenant, l -> l.find(kept.getSha256()).orElseThrow().getBytes());
        assertFalse(contains(stored, "alert"), "the script tail is gone");
        assertEquals("image/png", kept.getContentType(), "a GIF is kept as a lossless PNG");
        assertEquals(40, ImageIO.read(new java.io.ByteArrayInputStream(stored)).getWidth());
    }

    @Test
    void aFileNameIsKeptWithoutPathsOrCharactersThatDisguiseIt() throws IOException {
        String tenant = Fixtures.uniqueTenantCode("mn");
        byte[] photo = jpeg(50, 50);
        library(tenant, l -> l.upload("C:\\Users\\can-bo\\bao-cao\u202Egpj.jsp", photo, "ed"));
        assertEquals("bao-caogpj.jsp", library(tenant, l -> l.newestFirst(1)).get(0).originalName());
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> library(tenant, l -> l.upload("../../x\u200B\u202Eletxt.jpg", new byte[0], "ed")));
        assertTrue(refused.messageVi().startsWith("xletxt.jpg:"), refused.messageVi());
    }

    private static boolean contains(byte[] bytes, String ascii) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(ascii);
    }

    @Test
    void hostileUploadsAreRefusedWithTheirReasonAndNothingIsStored() throws IOException {
        String tenant = Fixtures.uniqueTenantCode("mh");
        assertRefused(tenant, "anh.jpg", "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8), "SVG/HTML");
        assertRefused(tenant, "logo.svg", ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "onload=\"alert(1)\"><rect width=\"10\" height=\"10\"/></svg>").getBytes(StandardCharsets.UTF_8), "SVG/HTML");
        ByteArrayOutputStream polyglot = new ByteArrayOutputStream();
        polyglot.writeBytes(gif(40, 40));
        polyglot.writeBytes("<script>alert(document.cookie)</script>".getBytes(StandardCharsets.US_ASCII));
        assertRefused(tenant, "dong.gif", polyglot.toByteArray(), "mã HTML/script");
        assertRefused(tenant, "bom.png", pngHeader(50_000, 50_000), "50000 × 50000");
        assertRefused(tenant, "rong.jpg", new byte[0], "tệp rỗng");
        assertRefused(tenant, "tai-lieu.pdf", "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII), "không phải ảnh");
        byte[] huge = new byte[11 * 1024 * 1024];
        System.arraycopy(jpeg(10, 10), 0, huge, 0, jpeg(10, 10).length);
        assertRefused(tenant, "qua-lon.jpg", huge, "quá lớn");
        long stored = jpa.inTransaction(tenant, em -> em.createQuery("SELECT COUNT(m) FROM MediaFile m", Long.class)
                .getSingleResult());
        assertEquals(0L, stored);
    }

    private static void assertRefused(String tenant, String name, byte[] bytes, String reason) {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> library(tenant, l -> l.upload(name, bytes, "ed")));
        assertTrue(refused.messageVi().startsWith(name + ":"), refused.messageVi());
        assertTrue(refused.messageVi().contains(reason), refused.messageVi());
    }

    static byte[] jpeg(int width, int height) throws IOException {
        return encode(picture(width, height), "jpg");
    }

    static byte[] png(int width, int height) throws IOException {
        return encode(picture(width, height), "png");
    }

    static byte[] gif(int width, int height) throws IOException {
        return encode(picture(width, height), "gif");
    }

    private static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xB7, 0x1C, 0x1C));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.YELLOW);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** A PNG signature and a well-formed IHDR claiming {@code width × height}, and no pixels at all. */
    private static byte[] pngHeader(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        ByteBuffer png = ByteBuffer.allocate(8 + 4 + 17 + 4);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}).putInt(13).put(ihdr.array())
                .putInt((int) crc.getValue());
        return png.array();
    }
}
