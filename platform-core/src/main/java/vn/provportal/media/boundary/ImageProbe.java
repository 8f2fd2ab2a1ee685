package vn.provportal.media.boundary;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * What an upload really is, judged by its bytes rather than its name: the image format and its pixel
 * size, read from the header without decoding the pixels.
 */
public record ImageProbe(String contentType, int width, int height) {

    private static final Map<String, String> TYPES = Map.of(
            "jpeg", "image/jpeg", "png", "image/png", "gif", "image/gif", "webp", "image/webp");

    public static Optional<ImageProbe> of(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                String type = TYPES.get(reader.getFormatName().toLowerCase(Locale.ROOT));
                return type == null ? Optional.empty()
                        : Optional.of(new ImageProbe(type, reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
