package vn.provportal.media.control;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import net.coobird.thumbnailator.Thumbnails;
import vn.provportal.media.boundary.ImageProbe;
import vn.provportal.platform.InvalidInput;

/**
 * The bytes ProvPortal keeps of an upload: the image decoded and written again, never the file as it came.
 * A police photo's EXIF, XMP and IPTC blocks can say where it was taken (GPS) and by whom (Artist,
 * camera serial); a re-encoded file carries none of them, and whatever rode along after or inside the image
 * data (a script appended to a GIF, a ZIP behind a JPEG) does not survive either. The camera's orientation
 * flag is applied to the pixels first, so the photo still stands the right way up once the flag is gone.
 * Photos stay JPEG (quality 0.92); PNG and GIF become PNG — lossless, and the first frame of an animation.
 */
public final class CleanCopy {

    static final float JPEG_QUALITY = 0.92f;

    private CleanCopy() {
    }

    /** The stored bytes, and their pixels as decoded once, from which the scaled copies are made. */
    public record Image(String contentType, byte[] bytes, BufferedImage pixels) {

        public int width() {
            return pixels.getWidth();
        }

        public int height() {
            return pixels.getHeight();
        }
    }

    public static Image of(byte[] upload, ImageProbe probe) {
        boolean photo = probe.contentType().equals("image/jpeg");
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(upload.length);
            // Thumbnailator reads the EXIF orientation of a JPEG stream and turns the pixels accordingly.
            Thumbnails.of(new ByteArrayInputStream(upload)).scale(1.0).useExifOrientation(true)
                    .outputFormat(photo ? "jpg" : "png").outputQuality(photo ? JPEG_QUALITY : 1.0f).toOutputStream(out);
            byte[] bytes = out.toByteArray();
            BufferedImage written = ImageIO.read(new ByteArrayInputStream(bytes));
            return new Image(photo ? "image/jpeg" : "image/png", bytes, written);
        } catch (IOException | RuntimeException e) {
            throw InvalidInput.of("media.image-damaged-unreadable");
        }
    }
}
