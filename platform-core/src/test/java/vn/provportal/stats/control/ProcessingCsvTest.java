package vn.provportal.stats.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.provportal.stats.entity.Period;
import vn.provportal.stats.entity.ProcessingCounts;
import vn.provportal.stats.entity.ProcessingFigures;
import vn.provportal.stats.entity.Source;

class ProcessingCsvTest {

    private static final String HEADER = String.join(",", ProcessingCsv.HEADER) + "\n";

    @Test
    void goodFileWithBomAndVietnameseGroupsIsReadWhole() {
        String csv = "\uFEFF" + HEADER + "2026-10,,700,300,200,650,50,80,20\n2026-10,Cư trú,100,20,10,90,5,10,5\n";
        ProcessingCsv.Preview preview = ProcessingCsv.read(csv.getBytes(StandardCharsets.UTF_8));
        assertTrue(preview.isValid(), preview.errors().toString());
        assertEquals(2, preview.rows().size());
        assertEquals("Cư trú", preview.rows().get(1).group());
        assertEquals(Period.parse("2026-10"), preview.rows().get(0).period());
        assertEquals(1000, preview.rows().get(0).counts().received());
    }

    @Test
    void everyBadLineIsReportedWithItsLineColumnAndReason() {
        String csv = HEADER
                + "2026-10,,700,300,200,650,50,80,20\n"
                + "2026-11,,abc,300,200,650,50,80,20\n"
                + "2026-12,,700,300\n"
                + "2026-13,,1,1,0,0,0,0,0\n"
                + "2027-01,,=1+1,0,0,0,0,0,0\n"
                + "2027-02,,-5,0,0,0,0,0,0\n"
                + "2027-03,,10,0,5,5,5,0,0\n"
                + "2026-10,,700,300,200,650,50,80,20\n";
        ProcessingCsv.Preview preview = ProcessingCsv.read(csv.getBytes(StandardCharsets.UTF_8));
        assertFalse(preview.isValid());
        List<ProcessingCsv.LineError> errors = preview.errors();
        assertEquals(List.of(3L, 4L, 5L, 6L, 7L, 8L, 9L), errors.stream().map(ProcessingCsv.LineError::line).toList());
        assertEquals("tiep_nhan_truc_tuyen", errors.get(0).column());
        assertTrue(errors.get(0).message().contains("không phải số"), errors.get(0).message());
        assertTrue(errors.get(1).message().startsWith("Sai số cột"), errors.get(1).message());
        assertEquals("ky", errors.get(2).column());
        assertTrue(errors.get(3).message().contains("được coi là văn bản"), errors.get(3).message());
        assertTrue(errors.get(5).message().contains("vượt quá"), errors.get(5).message());
        assertTrue(errors.get(6).message().contains("đã có ở dòng trước"), errors.get(6).message());
    }

    @Test
    void windows1258FilesAreReadAsVietnamese() {
        // As Excel saves "Cấp căn cước" in Windows-1258: vowels with their own marks, tones as combining bytes.
        byte[] group = {'C', (byte) 0xE2, (byte) 0xEC, 'p', ' ', 'c', (byte) 0xE3, 'n', ' ', 'c', (byte) 0xFD,
            (byte) 0xF5, (byte) 0xEC, 'c'};
        byte[] head = (HEADER + "2026-10,").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ",10,5,1,10,1,2,1\n".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[head.length + group.length + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        System.arraycopy(group, 0, bytes, head.length, group.length);
        System.arraycopy(tail, 0, bytes, head.length + group.length, tail.length);
        ProcessingCsv.Preview preview = ProcessingCsv.read(bytes);
        assertTrue(preview.isValid(), preview.errors().toString());
        assertEquals("Cấp căn cước", preview.rows().get(0).group());
    }

    /** Security issue #12 item 6: an unclosed quote answered 500 (commons-csv throws unchecked from its iterator). */
    @Test
    void anUnclosedQuoteIsReportedAtItsLineAndAnOversizedFileIsRefused() {
        String csv = String.join(",", ProcessingCsv.HEADER) + "\n"
                + "2031-01,,10,0,5,5,0,0,0\n2031-02,\"Nhóm A,10,0,5,5,0,0,0\n" + "2031-03,,10,0,5,5,0,0,0\n".repeat(1000);
        ProcessingCsv.Preview preview = ProcessingCsv.read(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertFalse(preview.isValid());
        assertEquals(3, preview.errors().get(0).line(), preview.errors().toString());
        assertTrue(preview.errors().get(0).message().contains("không được đóng"), preview.errors().toString());
        ProcessingCsv.Preview huge = ProcessingCsv.read(new byte[ProcessingCsv.MAX_BYTES + 1]);
        assertTrue(huge.errors().get(0).message().contains("lớn hơn 16 MB"), huge.errors().toString());
    }

    /** Security issue #12 item 11: TCVN3/VNI and doubly encoded UTF-8 were accepted silently as garbage. */
    @Test
    void textInOldVietnameseFontsOrEncodedTwiceIsRefusedWithTheReasonAndItsLine() {
        String good = HEADER + "2026-10,,1,1,1,1,0,0,0\n";
        // "Đăng ký xe" as the TCVN3 (ABC) font stores it: each byte a glyph of the font
        byte[] tcvn3 = bytes(good + "2026-10,", new byte[] {(byte) 0xA7, (byte) 0xA8, 'n', 'g', ' ', 'k', (byte) 0xFD,
            ' ', 'x', 'e'}, ",1,1,1,1,0,0,0\n");
        assertRefused(tcvn3, 3, "TCVN3 (ABC) hoặc VNI");
        // "Đăng ký xe" typed with VNI: a base letter, then bytes for its marks
        byte[] vni = bytes(good + "2026-10,", new byte[] {(byte) 0xD1, 'a', (byte) 0xEB, 'n', 'g', ' ', 'k', 'y',
            (byte) 0xF9, ' ', 'x', 'e'}, ",1,1,1,1,0,0,0\n");
        assertRefused(vni, 3, "TCVN3 (ABC) hoặc VNI");
        String twice = asWindows1252(good + "2026-10,Đăng ký xe,1,1,1,1,0,0,0\n");
        assertRefused(twice.getBytes(StandardCharsets.UTF_8), 3, "mã hóa UTF-8 hai lần");
        assertTrue(ProcessingCsv.read((good + "2026-10,Đăng ký xe – “ô tô”,1,1,1,1,0,0,0\n")
                .getBytes(StandardCharsets.UTF_8)).isValid(), "real Vietnamese and typed quotes pass");
    }

    private static void assertRefused(byte[] file, long line, String reason) {
        ProcessingCsv.Preview preview = ProcessingCsv.read(file);
        assertFalse(preview.isValid());
        assertTrue(preview.rows().isEmpty(), "nothing of the file is imported");
        assertEquals(line, preview.errors().get(0).line(), preview.errors().toString());
        assertTrue(preview.errors().get(0).message().contains(reason), preview.errors().toString());
    }

    /** UTF-8 bytes read as Windows-1252 the way Windows does: its five unassigned bytes become C1 controls. */
    private static String asWindows1252(String text) {
        StringBuilder read = new StringBuilder();
        java.nio.charset.Charset cp1252 = java.nio.charset.Charset.forName("windows-1252");
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            String c = new String(new byte[] {b}, cp1252);
            read.append(c.equals("\uFFFD") ? String.valueOf((char) (b & 0xFF)) : c);
        }
        return read.toString();
    }

    private static byte[] bytes(String before, byte[] middle, String after) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(middle);
        out.writeBytes(after.getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    @Test
    void wrongHeaderIsRefusedAtLineOne() {
        ProcessingCsv.Preview preview = ProcessingCsv.read("a,b,c\n1,2,3\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(1, preview.errors().get(0).line());
        assertTrue(preview.rows().isEmpty());
    }

    @Test
    void fiftyThousandLinesAreReadAndOneBadLineIsFound() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 50_000; i++) {
            int year = 2000 + i / 12 % 100;
            csv.append(year).append('-').append(i % 12 + 1).append(",nhóm ").append(i / 1200).append(",10,5,1,10,1,2,1\n");
        }
        csv.append("2026-01,x,1,1,1,1,1,1,oops\n");
        ProcessingCsv.Preview preview = ProcessingCsv.read(csv.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(50_000, preview.rows().size());
        assertEquals(1, preview.errors().size());
        assertEquals(50_002, preview.errors().get(0).line());
    }

    @Test
    void exportNeutralisesFormulaCells() {
        ProcessingFigures f = new ProcessingFigures(Period.parse("2026-10"), "=HYPERLINK(\"http://x\")",
                new ProcessingCounts(1, 0, 1, 0, 0, 0, 0), Source.CSV, Instant.now());
        String out = ProcessingCsv.write(List.of(f));
        assertTrue(out.startsWith("\uFEFFky,"), out);
        assertTrue(out.contains("'=HYPERLINK"), out);
    }
}
