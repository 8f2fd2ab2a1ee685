package vn.provportal.media.control;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.coobird.thumbnailator.Thumbnails;

/**
 * The scaled copies a portal page asks for (phones, news lists, article width), made with Thumbnailator
 * once at upload. Only widths smaller than the original are made; photos become JPEG, the rest PNG.
 */
public final class Derivatives {

    public static final List<Integer> WIDTHS = List.of(320, 640, 1024);

    private Derivatives() {
    }

    public record Scaled(int width, int height, String contentType, byte[] bytes) {
    }

    public static List<Scaled> of(CleanCopy.Image original) {
        BufferedImage image = original.pixels();
        List<Scaled> scaled = new ArrayList<>();
        boolean photo = original.contentType().equals("image/jpeg");
        for (int width : WIDTHS) {
            if (width >= image.getWidth()) {
                continue;
            }
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                Thumbnails.of(image).width(width).outputFormat(photo ? "jpg" : "png").outputQuality(0.85)
                        .toOutputStream(out);
                int height = Math.max(1, Math.round(image.getHeight() * (float) width / image.getWidth()));
                scaled.add(new Scaled(width, height, photo ? "image/jpeg" : "image/png", out.toByteArray()));
            } catch (IOException e) {
                throw new IllegalStateException("scaling an image held in memory", e);
            }
        }
        return scaled;
    }
}
