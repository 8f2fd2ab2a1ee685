package vn.provportal.archive.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * An archive opened for reading, checked whole before anything is used: its manifest, every part's presence, size and
 * SHA-256, no entry the manifest does not list, only tables some feature claims, and each table's row count.
 */
public final class ArchiveReader implements AutoCloseable {

    private static final long MAX_MANIFEST = 16L * 1024 * 1024;

    private final ZipFile zip;
    private final Manifest manifest;

    private ArchiveReader(ZipFile zip, Manifest manifest) {
        this.zip = zip;
        this.manifest = manifest;
    }

    /** Opens and checks {@code file}; refused with the reason when anything is missing, extra or altered. */
    public static ArchiveReader open(Path file) throws IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (java.util.zip.ZipException e) {
            throw new ArchiveRefused("Tệp không phải là bản sao lưu ZIP đọc được", "the file is not a readable ZIP archive", e);
        }
        try {
            ArchiveReader reader = new ArchiveReader(zip, manifest(zip));
            reader.check();
            return reader;
        } catch (RuntimeException | IOException e) {
            zip.close();
            throw e;
        }
    }

    public Manifest manifest() {
        return manifest;
    }

    private static Manifest manifest(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(Manifest.ENTRY);
        if (entry == null) {
            throw new ArchiveRefused("Thiếu manifest.json: đây không phải bản sao lưu của một tỉnh",
                    "manifest.json is missing: this is not a province archive");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes((int) MAX_MANIFEST + 1);
            if (bytes.length > MAX_MANIFEST) {
                throw new ArchiveRefused("manifest.json quá lớn", "manifest.json is too large");
            }
            Manifest manifest = Manifest.parse(new String(bytes, StandardCharsets.UTF_8));
            if (manifest.format() != Manifest.FORMAT) {
                throw new ArchiveRefused("Định dạng bản sao lưu " + manifest.format() + " không được hỗ trợ",
                        "archive format " + manifest.format() + " is not supported");
            }
            return manifest;
        }
    }

    private void check() throws IOException {
        Set<String> listed = new HashSet<>(manifest.parts().keySet());
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            if (!name.equals(Manifest.ENTRY) && !listed.contains(name)) {
                throw new ArchiveRefused("Bản sao lưu có tệp lạ không ghi trong manifest: " + name,
                        "the archive holds an entry its manifest does not list: " + name);
            }
        }
        for (Map.Entry<String, Manifest.Part> part : manifest.parts().entrySet()) {
            checkPart(part.getKey(), part.getValue());
        }
        Set<String> known = new HashSet<>(ProvinceTables.all().stream().map(ProvinceTable::name).toList());
        for (Map.Entry<String, Long> count : manifest.counts().entrySet()) {
            if (!known.contains(count.getKey())) {
                throw new ArchiveRefused("Bản sao lưu có bảng không thuộc nền tảng: " + count.getKey(),
                        "the archive holds a table the platform does not have: " + count.getKey());
            }
            long[] rows = {0};
            try {
                rows(count.getKey(), row -> rows[0]++);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            if (rows[0] != count.getValue()) {
                throw new ArchiveRefused("Bảng " + count.getKey() + " có " + rows[0] + " dòng, manifest ghi " + count.getValue(),
                        "table " + count.getKey() + " holds " + rows[0] + " rows where the manifest says " + count.getValue());
            }
        }
    }

    private void checkPart(String name, Manifest.Part expected) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new ArchiveRefused("Bản sao lưu thiếu phần " + name, "the archive lacks the part " + name);
        }
        MessageDigest digest = ArchiveWriter.sha256();
        long size = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] buffer = new byte[65536];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
                size += n;
                if (size > expected.bytes()) {
                    break;
                }
            }
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            throw new ArchiveRefused("Phần " + name + " bị hỏng", "the part " + name + " is damaged", e);
        }
        if (size != expected.bytes() || !HexFormat.of().formatHex(digest.digest()).equals(expected.sha256())) {
            throw new ArchiveRefused("Phần " + name + " đã bị thay đổi hoặc hỏng (SHA-256 không khớp manifest)",
                    "the part " + name + " was altered or damaged (its SHA-256 differs from the manifest)");
        }
    }

    /** The column names of {@code table}'s part. */
    List<String> columns(String table) throws IOException {
        try (BufferedReader lines = lines(table)) {
            return parse(lines.readLine()).getValuesAs(jakarta.json.JsonString.class).stream()
                    .map(jakarta.json.JsonString::getString).toList();
        }
    }

    /** Each row of {@code table}'s part, in order. */
    /** What is done with each row (a restore writes it; a check counts it). */
    interface RowAction {
        void accept(JsonArray row) throws IOException, java.sql.SQLException;
    }

    void rows(String table, RowAction each) throws IOException, java.sql.SQLException {
        try (BufferedReader lines = lines(table)) {
            lines.readLine();
            for (String line; (line = lines.readLine()) != null; ) {
                each.accept(parse(line));
            }
        }
    }

    InputStream file(String entry) throws IOException {
        if (!manifest.parts().containsKey(entry) || !entry.startsWith(ArchiveWriter.BLOBS)) {
            throw new ArchiveRefused("Dòng dữ liệu trỏ tới tệp không có trong bản sao lưu: " + entry,
                    "a row points at a file the archive does not hold: " + entry);
        }
        return zip.getInputStream(zip.getEntry(entry));
    }

    long fileSize(String entry) {
        return manifest.parts().get(entry).bytes();
    }

    private BufferedReader lines(String table) throws IOException {
        String entry = ArchiveWriter.TABLES + table + ".jsonl";
        if (!manifest.parts().containsKey(entry)) {
            throw new ArchiveRefused("Bản sao lưu thiếu bảng " + table, "the archive lacks the table " + table);
        }
        return new BufferedReader(new InputStreamReader(zip.getInputStream(zip.getEntry(entry)), StandardCharsets.UTF_8));
    }

    private static JsonArray parse(String line) {
        if (line == null) {
            throw new ArchiveRefused("Một bảng trong bản sao lưu trống, thiếu cả tên cột", "a table part is empty, not even its columns");
        }
        try (var reader = Json.createReader(new StringReader(line))) {
            return reader.readArray();
        } catch (RuntimeException e) {
            throw new ArchiveRefused("Một dòng trong bản sao lưu không đọc được", "a row of the archive cannot be read", e);
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
