package vn.provportal.media.control;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import vn.provportal.media.boundary.ImageProbe;
import vn.provportal.media.entity.FileName;
import vn.provportal.platform.InvalidInput;

/**
 * Decides whether uploaded bytes may become a stored image, by what they are rather than by their name: a
 * JPEG, PNG or GIF within the size limit, whose header-declared pixel size is sane (checked before any
 * pixel is decoded, so a "decompression bomb" costs nothing), and that carries no markup a browser could
 * be tricked into running (an SVG, an HTML page renamed .jpg, or a polyglot image with a script inside).
 * Each refusal says why, Vietnamese first.
 */
public final class UploadCheck {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    public static final int MAX_SIDE = 12_000;
    public static final long MAX_PIXELS = 50_000_000L;

    private static final List<String> MARKUP = List.of("<script", "<html", "<svg", "<body", "<iframe", "<?php",
            "<!doctype", "javascript:", "<object", "<embed");

    private UploadCheck() {
    }

    public static ImageProbe probe(String fileName, byte[] bytes) {
        String name = FileName.shown(fileName, "tệp");
        if (bytes == null || bytes.length == 0) {
            throw InvalidInput.of("media.empty-file", name);
        }
        if (bytes.length > MAX_BYTES) {
            throw InvalidInput.of("media.file-too-large", name, String.format(Locale.ROOT, "%.1f", bytes.length / 1_048_576.0),
                    MAX_BYTES / 1_048_576);
        }
        String markup = markupIn(bytes);
        ImageProbe probe = ImageProbe.of(bytes).orElseThrow(() -> InvalidInput.of(
                markup != null ? "media.markup-not-image" : "media.not-an-image", name));
        if (probe.width() > MAX_SIDE || probe.height() > MAX_SIDE
                || (long) probe.width() * probe.height() > MAX_PIXELS) {
            throw InvalidInput.of("media.image-dimensions-too-large", name, probe.width(), probe.height(), MAX_SIDE, MAX_PIXELS / 1_000_000);
        }
        if (markup != null) {
            throw InvalidInput.of("media.image-carries-hidden-markup", name, markup);
        }
        return probe;
    }

    /** The first markup signature in the bytes, compared case-insensitively as ASCII; null when none. */
    static String markupIn(byte[] bytes) {
        String ascii = new String(bytes, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return MARKUP.stream().filter(ascii::contains).findFirst().orElse(null);
    }
}
