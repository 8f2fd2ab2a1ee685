package vn.provportal.importer.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import vn.provportal.media.control.UploadCheck;
import vn.provportal.platform.InvalidInput;

/**
 * The images of the old site, as a ZIP of its {@code wp-content/uploads} folder (or any folder of images): the only place an
 * import takes images from — nothing is ever fetched from the addresses in the posts. An image is found by its path under
 * {@code uploads/} or, failing that, by its file name; WordPress's scaled copies ({@code anh-300x200.jpg}) fall back to the
 * original. Read with limits against a ZIP bomb: the archive's size, the number of entries and the bytes they unpack to.
 */
public final class ImageArchive {

    public static final long MAX_BYTES = 100L * 1024 * 1024;
    static final int MAX_ENTRIES = 5_000;
    static final long MAX_UNPACKED = 300L * 1024 * 1024;
    private static final Pattern IMAGE = Pattern.compile(".*\\.(jpe?g|png|gif|webp)$");
    private static final Pattern SCALED = Pattern.compile("-\\d{1,5}x\\d{1,5}(\\.[a-z]+)$");
    private static final String UPLOADS = "uploads/";

    private final Map<String, byte[]> byPath;
    private final Map<String, String> byName;

    private ImageArchive(Map<String, byte[]> byPath) {
        this.byPath = byPath;
        this.byName = new HashMap<>();
        byPath.keySet().forEach(path -> byName.putIfAbsent(path.substring(path.lastIndexOf('/') + 1), path));
    }

    public static ImageArchive none() {
        return new ImageArchive(Map.of());
    }

    /** The images kept of an archive (a staged batch's), found again exactly as in the archive they came from. */
    public static ImageArchive holding(Map<String, byte[]> images) {
        return new ImageArchive(images);
    }

    public static ImageArchive read(byte[] zip) {
        if (zip.length > MAX_BYTES) {
            throw InvalidInput.of("import.archive-too-large", zip.length / 1_048_576, MAX_BYTES / 1_048_576);
        }
        Map<String, byte[]> images = new HashMap<>();
        Path file = null;
        try {
            // ZipFile reads an entry only when asked: an oversized one is left without unpacking it (a ZIP bomb stays packed)
            file = Files.createTempFile("provportal-import-", ".zip");
            Files.write(file, zip);
            try (ZipFile archive = new ZipFile(file.toFile())) {
                if (archive.size() > MAX_ENTRIES) {
                    throw InvalidInput.of("import.archive-too-many", MAX_ENTRIES);
                }
                long unpacked = 0;
                for (ZipEntry entry : java.util.Collections.list(archive.entries())) {
                    String path = key(entry.getName());
                    if (entry.isDirectory() || !IMAGE.matcher(path).matches()) {
                        continue;
                    }
                    try (InputStream in = archive.getInputStream(entry)) {
                        byte[] bytes = readAtMost(in, UploadCheck.MAX_BYTES + 1);
                        unpacked += bytes.length;
                        if (unpacked > MAX_UNPACKED) {
                            throw InvalidInput.of("import.archive-unpacks-too-much", MAX_UNPACKED / 1_048_576);
                        }
                        images.put(path, bytes);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw InvalidInput.of("import.archive-not-zip");
        } finally {
            deleteQuietly(file);
        }
        return new ImageArchive(images);
    }

    /** The archive's key of the image an old post shows at {@code address}, if the archive holds it. */
    public Optional<String> find(String address) {
        String path = key(pathOf(address));
        for (String candidate : new String[] {path, SCALED.matcher(path).replaceFirst("$1")}) {
            if (byPath.containsKey(candidate)) {
                return Optional.of(candidate);
            }
            String name = candidate.substring(candidate.lastIndexOf('/') + 1);
            if (byName.containsKey(name)) {
                return Optional.of(byName.get(name));
            }
        }
        return Optional.empty();
    }

    public byte[] bytes(String key) {
        return byPath.get(key);
    }

    public int size() {
        return byPath.size();
    }

    /** A path made comparable: lower case, forward slashes, only what follows {@code uploads/}. */
    static String key(String path) {
        String clean = path.replace('\\', '/').toLowerCase(Locale.ROOT);
        int uploads = clean.lastIndexOf(UPLOADS);
        clean = uploads >= 0 ? clean.substring(uploads + UPLOADS.length()) : clean;
        return clean.replaceFirst("^/+", "");
    }

    private static String pathOf(String address) {
        try {
            String path = URI.create(address.strip().replace(" ", "%20")).getPath();
            return path == null ? "" : path;
        } catch (IllegalArgumentException e) {
            return address;
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }

    /** Up to {@code limit} bytes of the current entry: a larger image is refused later by the media library's own check. */
    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while (total < limit && (read = in.read(buffer)) > 0) {
            int keep = (int) Math.min(read, limit - total);
            out.write(buffer, 0, keep);
            total += keep;
        }
        return out.toByteArray();
    }
}
