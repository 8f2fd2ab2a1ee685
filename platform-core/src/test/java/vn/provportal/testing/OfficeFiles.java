package vn.provportal.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Real PDF and Word files made by the libraries that write them, for the legal documents' tests. */
public final class OfficeFiles {

    private OfficeFiles() {
    }

    /** A one-page PDF saying {@code text} (Latin letters: the standard fonts have no Vietnamese), with an opening script if asked. */
    public static byte[] pdf(String text, boolean withScript) {
        try {
            return makePdf(text, withScript);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] makePdf(String text, boolean withScript) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            if (withScript) {
                document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('x')"));
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A DOCX of one paragraph. */
    public static byte[] docx(String text) {
        try {
            return makeDocx(text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] makeDocx(String text) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(text);
            document.write(out);
            return out.toByteArray();
        }
    }
}
