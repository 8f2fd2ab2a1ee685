package vn.provportal.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import vn.provportal.importer.control.ImageArchive;
import vn.provportal.platform.InvalidInput;

/** The old site's images, found by their addresses in a ZIP; a ZIP bomb, a crowd of entries or a non-ZIP refused. */
class ImageArchiveTest {

    static byte[] fixture() throws IOException {
        try (InputStream in = ImageArchiveTest.class.getResourceAsStream("/importer/wordpress-uploads.zip")) {
            return in.readAllBytes();
        }
    }

    @Test
    void anImageIsFoundByItsPathUnderUploadsOrItsNameAndAScaledCopyByItsOriginal() throws IOException {
        ImageArchive archive = ImageArchive.read(fixture());
        assertEquals(3, archive.size(), "the two photos and the broken file named .jpg; the text file is not an image");
        assertEquals(Optional.of("2024/05/ra-quan.jpg"),
                archive.find("https://congan.hungyen.example/wp-content/uploads/2024/05/ra-quan.jpg"));
        assertEquals(Optional.of("2024/05/ra-quan.jpg"),
                archive.find("http://old.example/wp-content/uploads/2024/05/ra-quan-300x200.jpg"), "WordPress's scaled copy");
        assertEquals(Optional.of("2024/05/kiem-tra-nong-do.jpg"), archive.find("/images/Kiem-Tra-Nong-Do.JPG"),
                "a feed's image by its file name alone");
        assertEquals(Optional.empty(), archive.find("https://tracker.example/pixel.gif"));
        assertEquals(20845, archive.bytes("2024/05/ra-quan.jpg").length);
    }

    @Test
    void aZipBombTooManyEntriesAndNotAZipAreRefused() throws IOException {
        byte[] zeros = new byte[11 * 1024 * 1024];
        assertEquals("import.archive-unpacks-too-much", assertThrows(InvalidInput.class,
                () -> ImageArchive.read(zip(31, zeros))).key(), "31 entries of 11 MB of zeros: a few KB packed");
        assertEquals("import.archive-too-many", assertThrows(InvalidInput.class,
                () -> ImageArchive.read(zip(5_001, new byte[1]))).key());
        assertEquals("import.archive-not-zip", assertThrows(InvalidInput.class,
                () -> ImageArchive.read("đây không phải tệp nén".getBytes(StandardCharsets.UTF_8))).key());
    }

    private static byte[] zip(int entries, byte[] each) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < entries; i++) {
                zip.putNextEntry(new ZipEntry("uploads/anh-" + i + ".jpg"));
                zip.write(each);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
