package vn.provportal.deploy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Photos for the browser tests: a PNG file of one colour, different for each marker, so no two tests share one. */
final class TestImages {

    private TestImages() {
    }

    static Path png(String name, int width, int height, String marker) throws IOException {
        Path file = Files.createTempDirectory("images").resolve(name);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(Math.abs(marker.hashCode()) % 0xFFFFFF));
        g.fillRect(0, 0, width, height);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
