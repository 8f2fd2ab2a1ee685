package vn.provportal.document.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.sax.BodyContentHandler;
import vn.provportal.media.entity.FileName;
import vn.provportal.platform.InvalidInput;
import vn.provportal.platform.Nfc;

/**
 * Decides whether uploaded bytes may become a legal document's file, by what they are rather than by their name — a
 * PDF, a Word 97–2003 document or a DOCX within 20 MB, without macros or scripts (a PDF's JavaScript or launch action,
 * a Word file's VBA project) and not locked with a password — and reads its text for search (Apache Tika, at most a
 * million characters). The file's name gets the extension of what it is. Each refusal says why, Vietnamese first.
 * Used by the back office only: the portal never reads a file's content.
 */
public final class AttachmentCheck {

    public static final long MAX_BYTES = 20L * 1024 * 1024;
    public static final int MAX_TEXT = 1_000_000;
    static final MediaType PDF = MediaType.application("pdf");
    static final MediaType DOC = MediaType.application("msword");
    static final MediaType DOCX = MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document");
    private static final Map<MediaType, String> EXTENSIONS = Map.of(PDF, "pdf", DOC, "doc", DOCX, "docx");
    private static final Set<String> MACRO_ENTRIES = Set.of("Macros", "_VBA_PROJECT_CUR", "VBA");
    private static final Detector DETECTOR = new DefaultDetector();

    /** A file that passed: its name (extension as its content), content type and text. */
    public record Checked(String fileName, String contentType, String text) {
    }

    private AttachmentCheck() {
    }

    public static Checked check(String typedName, byte[] bytes) {
        String name = FileName.shown(typedName, "van-ban");
        if (bytes == null || bytes.length == 0) {
            throw InvalidInput.of("media.empty-file", name);
        }
        if (bytes.length > MAX_BYTES) {
            throw InvalidInput.of("media.file-too-large", name, String.format(Locale.ROOT, "%.1f", bytes.length / 1_048_576.0),
                    MAX_BYTES / 1_048_576);
        }
        MediaType type = detect(bytes);
        if (type.getSubtype().contains("macroenabled")) {
            throw InvalidInput.of("document.file-macros", name);
        }
        if (!EXTENSIONS.containsKey(type)) {
            throw InvalidInput.of("document.file-type", name, type.toString());
        }
        if (type.equals(PDF)) {
            refuseActivePdf(name, bytes);
        } else if (type.equals(DOC)) {
            refuseOle2Macros(name, bytes);
        } else {
            refuseZipMacros(name, bytes);
        }
        return new Checked(renamed(name, EXTENSIONS.get(type)), type.toString(), text(name, bytes, type));
    }

    static MediaType detect(byte[] bytes) {
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            return DETECTOR.detect(in, new Metadata()).getBaseType();
        } catch (IOException e) {
            return MediaType.OCTET_STREAM;
        }
    }

    /** A script or a program the reader would run on opening: refused, however deep in the file's objects. */
    private static void refuseActivePdf(String name, byte[] bytes) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
                throw InvalidInput.of("document.file-locked", name);
            }
            var cos = pdf.getDocument();
            for (COSObjectKey key : cos.getXrefTable().keySet()) {
                COSObject object = cos.getObjectFromPool(key);
                COSBase base = object == null ? null : object.getObject();
                if (base instanceof COSDictionary dictionary && active(dictionary)) {
                    throw InvalidInput.of("document.file-script", name);
                }
            }
            if (active(pdf.getDocumentCatalog().getCOSObject())) {
                throw InvalidInput.of("document.file-script", name);
            }
        } catch (InvalidPasswordException e) {
            throw InvalidInput.of("document.file-locked", name);
        } catch (IOException e) {
            throw InvalidInput.of("document.file-unreadable", name);
        }
    }

    private static boolean active(COSDictionary dictionary) {
        COSName kind = dictionary.getCOSName(COSName.S);
        return dictionary.containsKey(COSName.JS) || dictionary.containsKey(COSName.JAVA_SCRIPT)
                || COSName.JAVA_SCRIPT.equals(kind) || COSName.getPDFName("Launch").equals(kind)
                || COSName.getPDFName("ImportData").equals(kind);
    }

    private static void refuseOle2Macros(String name, byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (hasMacros(fs.getRoot())) {
                throw InvalidInput.of("document.file-macros", name);
            }
        } catch (IOException e) {
            throw InvalidInput.of("document.file-unreadable", name);
        }
    }

    private static boolean hasMacros(DirectoryEntry directory) {
        for (var entry : directory) {
            if (MACRO_ENTRIES.contains(entry.getName())
                    || (entry instanceof DirectoryEntry inner && hasMacros(inner))) {
                return true;
            }
        }
        return false;
    }

    private static void refuseZipMacros(String name, byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String entryName = entry.getName().toLowerCase(Locale.ROOT);
                if (entryName.endsWith("vbaproject.bin") || entryName.endsWith(".bin") && entryName.contains("activex")) {
                    throw InvalidInput.of("document.file-macros", name);
                }
            }
        } catch (IOException e) {
            throw InvalidInput.of("document.file-unreadable", name);
        }
    }

    private static String text(String name, byte[] bytes, MediaType type) {
        Parser parser = type.equals(PDF) ? new PDFParser() : type.equals(DOC) ? new OfficeParser() : new OOXMLParser();
        BodyContentHandler handler = new BodyContentHandler(MAX_TEXT);
        try (InputStream in = TikaInputStream.get(bytes)) {
            parser.parse(in, handler, new Metadata(), new ParseContext());
        } catch (org.xml.sax.SAXException e) {
            if (!e.getClass().getSimpleName().equals("WriteLimitReachedException")
                    && !String.valueOf(e.getMessage()).contains("limit")) {
                throw InvalidInput.of("document.file-unreadable", name);
            }
        } catch (org.apache.tika.exception.EncryptedDocumentException e) {
            throw InvalidInput.of("document.file-locked", name);
        } catch (IOException | org.apache.tika.exception.TikaException | RuntimeException e) {
            throw InvalidInput.of("document.file-unreadable", name);
        }
        String text = Nfc.normalize(handler.toString()).replaceAll("[\\s\\u00a0]+", " ").strip();
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    }

    private static String renamed(String name, String extension) {
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return (stem.length() > 190 ? stem.substring(0, 190) : stem) + "." + extension;
    }
}
