package vn.provportal.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import vn.provportal.document.control.AttachmentCheck;
import vn.provportal.platform.InvalidInput;
import vn.provportal.testing.OfficeFiles;

/** Issue #17 item 1: a legal document's file is taken for what its content is, never for its name. */
class AttachmentCheckTest {

    @Test
    void aPdfAndAWordFileAreKeptWithTheirTextWhateverTheirNames() throws IOException {
        AttachmentCheck.Checked pdf = AttachmentCheck.check("C:\\Van ban\\qd-12.pdf", OfficeFiles.pdf("Quyet dinh ban hanh quy che phoi hop", false));
        assertEquals("application/pdf", pdf.contentType());
        assertEquals("qd-12.pdf", pdf.fileName());
        assertTrue(pdf.text().contains("quy che phoi hop"), pdf.text());
        AttachmentCheck.Checked docx = AttachmentCheck.check("ke-hoach.pdf", OfficeFiles.docx("Kế hoạch tuần tra, kiểm soát dịp Tết"));
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.contentType());
        assertEquals("ke-hoach.docx", docx.fileName(), "the extension of what it is");
        assertTrue(docx.text().contains("Kế hoạch tuần tra, kiểm soát dịp Tết"), docx.text());
    }

    @Test
    void whatIsNotAPdfOrWordFileIsRefusedNamingWhatItIs() {
        InvalidInput html = assertThrows(InvalidInput.class, () -> AttachmentCheck.check("qd.pdf",
                "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("document.file-type", html.key());
        assertTrue(html.messageVi().startsWith("qd.pdf: chỉ nhận tệp PDF, DOC hoặc DOCX"), html.messageVi());
        assertTrue(html.messageVi().endsWith("text/html"), html.messageVi());
        assertEquals("document.file-type", assertThrows(InvalidInput.class, () -> AttachmentCheck.check("a.doc",
                new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0})).key());
        assertEquals("media.empty-file", assertThrows(InvalidInput.class, () -> AttachmentCheck.check("a.pdf", new byte[0])).key());
        assertEquals("media.file-too-large", assertThrows(InvalidInput.class,
                () -> AttachmentCheck.check("a.pdf", new byte[21 * 1024 * 1024])).key());
    }

    @Test
    void aPdfWithAScriptAWordFileWithMacrosAndALockedPdfAreRefused() throws IOException {
        assertEquals("document.file-script", assertThrows(InvalidInput.class,
                () -> AttachmentCheck.check("qd.pdf", OfficeFiles.pdf("Quyet dinh", true))).key());
        assertEquals("document.file-macros", assertThrows(InvalidInput.class,
                () -> AttachmentCheck.check("kh.docx", withMacros(OfficeFiles.docx("Kế hoạch")))).key());
        assertEquals("document.file-locked", assertThrows(InvalidInput.class,
                () -> AttachmentCheck.check("qd.pdf", locked(OfficeFiles.pdf("Quyet dinh mat", false)))).key());
    }

    private static byte[] locked(byte[] pdf) throws IOException {
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            AccessPermission none = new AccessPermission();
            none.setCanExtractContent(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("chu-so-huu", "mat-khau", none);
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            return out.toByteArray();
        }
    }

    /** The same file with a VBA project inside, as Word saves a .docm. */
    private static byte[] withMacros(byte[] docx) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(docx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(zip);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("word/vbaProject.bin"));
            zip.write(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
