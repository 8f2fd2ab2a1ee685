package vn.provportal.archive.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an archive holds: the province, the schema version its rows were written in, each table's row count and every
 * part's SHA-256 and size. Written as {@code manifest.json}, the last entry of the ZIP.
 */
public record Manifest(int format, String code, String name, String schemaVersion, Instant createdAt,
        Map<String, Long> counts, Map<String, Part> parts) {

    public static final String ENTRY = "manifest.json";
    public static final int FORMAT = 1;

    public record Part(String sha256, long bytes) {
    }

    public Manifest {
        counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        parts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parts));
    }

    public long rows() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The bytes of the province's files (media, documents, drafts), the parts outside the tables. */
    public long fileBytes() {
        return parts.entrySet().stream().filter(e -> e.getKey().startsWith(ArchiveWriter.BLOBS))
                .mapToLong(e -> e.getValue().bytes()).sum();
    }

    String toJson() {
        JsonObjectBuilder countsJson = Json.createObjectBuilder();
        counts.forEach(countsJson::add);
        JsonObjectBuilder partsJson = Json.createObjectBuilder();
        parts.forEach((entry, part) -> partsJson.add(entry,
                Json.createObjectBuilder().add("sha256", part.sha256()).add("bytes", part.bytes())));
        return Json.createObjectBuilder().add("format", format).add("province",
                Json.createObjectBuilder().add("code", code).add("name", name))
                .add("schemaVersion", schemaVersion).add("createdAt", createdAt.toString())
                .add("tables", countsJson).add("parts", partsJson).build().toString();
    }

    static Manifest parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonObject o = reader.readObject();
            Map<String, Long> counts = new LinkedHashMap<>();
            o.getJsonObject("tables").forEach((table, n) -> counts.put(table, ((jakarta.json.JsonNumber) n).longValueExact()));
            Map<String, Part> parts = new LinkedHashMap<>();
            o.getJsonObject("parts").forEach((entry, p) -> {
                JsonObject part = p.asJsonObject();
                parts.put(entry, new Part(part.getString("sha256"), part.getJsonNumber("bytes").longValueExact()));
            });
            JsonObject province = o.getJsonObject("province");
            return new Manifest(o.getInt("format"), province.getString("code"), province.getString("name"),
                    o.getString("schemaVersion"), Instant.parse(o.getString("createdAt")), counts, parts);
        } catch (RuntimeException e) {
            throw new ArchiveRefused("Tệp manifest.json hỏng hoặc không đúng định dạng",
                    "manifest.json is damaged or not in the expected form", e);
        }
    }

    static boolean isNull(JsonValue value) {
        return value == null || value.getValueType() == JsonValue.ValueType.NULL;
    }
}
