package vn.provportal.stats.control;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import vn.provportal.platform.InvalidInput;
import vn.provportal.stats.boundary.ProcessingRow;
import vn.provportal.stats.entity.Period;
import vn.provportal.stats.entity.ProcessingCounts;
import vn.provportal.stats.entity.ProcessingFigures;

/**
 * The CSV format of processing results (README, "CSV format"): read into a preview with a Vietnamese
 * message per bad line (line number, column, reason), written back with formula-looking cells neutralised.
 * UTF-8 with or without BOM and Windows-1258 are accepted; TCVN3, VNI and doubly encoded UTF-8 are refused with
 * the reason ({@link LegacyEncoding}).
 */
public final class ProcessingCsv {

    public static final List<String> HEADER = List.of("ky", "nhom_thu_tuc", "tiep_nhan_truc_tuyen",
            "tiep_nhan_truc_tiep", "giai_quyet_truoc_han", "giai_quyet_dung_han", "giai_quyet_qua_han",
            "dang_giai_quyet_trong_han", "dang_giai_quyet_qua_han");
    public static final int MAX_LINES = 200_000;
    public static final int MAX_BYTES = 16 * 1024 * 1024;
    private static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    /** A refused line: where, and why, in Vietnamese. */
    public record LineError(long line, String column, String message) implements java.io.Serializable {

        public long getLine() {
            return line;
        }

        public String getColumn() {
            return column;
        }

        public String getMessage() {
            return message;
        }
    }

    /** What a file would import; it may be applied only when {@link #errors()} is empty. */
    public record Preview(List<ProcessingRow> rows, List<LineError> errors) {

        public boolean isValid() {
            return errors.isEmpty() && !rows.isEmpty();
        }
    }

    private ProcessingCsv() {
    }

    public static Preview read(byte[] bytes) {
        List<ProcessingRow> rows = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        if (bytes.length > MAX_BYTES) {
            errors.add(new LineError(0, "", "Tệp " + bytes.length / (1024 * 1024) + " MB, lớn hơn " + MAX_BYTES / (1024 * 1024)
                    + " MB cho phép; hãy chia thành nhiều tệp"));
            return new Preview(List.of(), errors);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        long[] lastGood = {1};
        String text = decode(bytes);
        Optional<LineError> misencoded = LegacyEncoding.problem(text);
        if (misencoded.isPresent()) {
            return new Preview(List.of(), List.of(misencoded.get()));
        }
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = parser.getHeaderNames();
            if (!header.equals(HEADER)) {
                errors.add(new LineError(1, "", "Dòng tiêu đề phải là: " + String.join(",", HEADER)));
                return new Preview(List.of(), errors);
            }
            Set<String> seen = new HashSet<>();
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (record.getRecordNumber() > MAX_LINES) {
                    errors.add(new LineError(line, "", "Tệp quá " + MAX_LINES + " dòng"));
                    break;
                }
                readLine(record, line, errors, seen).ifPresent(rows::add);
                lastGood[0] = line;
            }
        } catch (UncheckedIOException e) {
            // what commons-csv's iterator throws for a quote that is never closed: nothing after it can be read
            errors.add(new LineError(lastGood[0] + 1, "", "Dấu ngoặc kép (\") mở ở dòng này không được đóng; tệp không đọc"
                    + " tiếp được từ đây"));
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            errors.add(new LineError(0, "", "Không đọc được tệp CSV: " + e.getMessage()));
        }
        return new Preview(rows, errors);
    }

    private static java.util.Optional<ProcessingRow> readLine(CSVRecord record, long line, List<LineError> errors,
            Set<String> seen) {
        if (record.size() != HEADER.size()) {
            errors.add(new LineError(line, "", "Sai số cột: có " + record.size() + ", cần " + HEADER.size()));
            return java.util.Optional.empty();
        }
        int before = errors.size();
        Period period = null;
        try {
            period = Period.parse(record.get("ky"));
        } catch (InvalidInput e) {
            errors.add(new LineError(line, "ky", e.messageVi()));
        }
        long[] n = new long[7];
        for (int i = 0; i < 7; i++) {
            n[i] = number(record, HEADER.get(i + 2), line, errors);
        }
        if (errors.size() > before) {
            return java.util.Optional.empty();
        }
        String group = record.get("nhom_thu_tuc");
        if (!seen.add(period + "|" + group)) {
            errors.add(new LineError(line, "ky", "Kỳ " + period + " nhóm \"" + group + "\" đã có ở dòng trước"));
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(new ProcessingRow(period, group,
                    new ProcessingCounts(n[0], n[1], n[2], n[3], n[4], n[5], n[6])));
        } catch (InvalidInput e) {
            errors.add(new LineError(line, "", e.messageVi()));
            return java.util.Optional.empty();
        }
    }

    private static long number(CSVRecord record, String column, long line, List<LineError> errors) {
        String cell = record.get(column);
        if (isFormulaLike(cell)) {
            errors.add(new LineError(line, column, "Ô \"" + shorten(cell) + "\" được coi là văn bản, không phải số"));
            return 0;
        }
        if (!cell.matches("\\d{1,12}")) {
            errors.add(new LineError(line, column, "\"" + shorten(cell) + "\" không phải số nguyên không âm"));
            return 0;
        }
        return Long.parseLong(cell);
    }

    /** Writes figures in the import format; a cell that a spreadsheet would run as a formula is quoted. */
    public static String write(List<ProcessingFigures> figures) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(
                HEADER.toArray(String[]::new)).get())) {
            for (ProcessingFigures f : figures) {
                ProcessingCounts c = f.getCounts();
                printer.printRecord(f.getPeriod().toString(), safe(f.getProcedureGroup()), c.receivedOnline(),
                        c.receivedOffline(), c.resolvedEarly(), c.resolvedOnTime(), c.resolvedLate(),
                        c.pendingInTime(), c.pendingOverdue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "\uFEFF" + out;
    }

    static String safe(String cell) {
        return isFormulaLike(cell) ? "'" + cell : cell;
    }

    static boolean isFormulaLike(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
    }

    /** UTF-8 (BOM optional) when the bytes are valid UTF-8, otherwise Windows-1258; always NFC. */
    static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, WINDOWS_1258);
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static String shorten(String cell) {
        return cell.length() > 30 ? cell.substring(0, 30) + "…" : cell;
    }

}
