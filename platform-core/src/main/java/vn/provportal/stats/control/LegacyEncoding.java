package vn.provportal.stats.control;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Finds Vietnamese text that was saved the wrong way, so an import refuses it with the reason instead of
 * storing garbage: text typed in the pre-Unicode TCVN3 (ABC) or VNI fonts, which reads as "ViÖt Nam" or
 * "Vieät Nam" once decoded, and UTF-8 decoded once too often ("Viá»‡t Nam"). What such files contain is
 * letters no Vietnamese word uses, so the check is an allow-list: ASCII, the 134 Vietnamese letters, the five
 * tone marks (Windows-1258 stores tones apart) and the punctuation office software types.
 */
final class LegacyEncoding {

    private static final Set<Integer> VIETNAMESE = vietnamese();
    private static final String CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

    private LegacyEncoding() {
    }

    /** The refusal for {@code text} (already NFC), naming the first line that shows it; empty when it reads as Vietnamese. */
    static Optional<ProcessingCsv.LineError> problem(String text) {
        int at = firstForeign(text);
        if (at < 0) {
            return Optional.empty();
        }
        long line = text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        String shown = text.substring(at, Math.min(text.length(), at + 12)).split("[,\n]")[0];
        if (decodedTwice(text)) {
            return Optional.of(new ProcessingCsv.LineError(line, "", "Tệp bị mã hóa UTF-8 hai lần (chữ hiện thành \""
                    + shown + "\"); hãy mở tệp gốc và lưu lại dạng CSV UTF-8"));
        }
        return Optional.of(new ProcessingCsv.LineError(line, "", "Tệp dùng bảng mã cũ TCVN3 (ABC) hoặc VNI (chữ hiện thành \""
                + shown + "\"); hãy chuyển sang Unicode (ví dụ bằng Unikey: Công cụ chuyển mã) rồi lưu dạng CSV UTF-8"));
    }

    private static int firstForeign(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && !VIETNAMESE.contains((int) c) && !isTypedPunctuation(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isTypedPunctuation(char c) {
        return "\u0300\u0301\u0303\u0309\u0323".indexOf(c) >= 0 || c == '\u00A0' || c == '\uFEFF' || c == '°' || c == '×' || c == '€' || c == '«' || c == '»' || c == '·'
                || (c >= '\u2010' && c <= '\u2027');
    }

    /** The text turns back into valid UTF-8 with Vietnamese in it when its characters are taken as bytes. */
    private static boolean decodedTwice(String text) {
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int high = CP1252_HIGH.indexOf(c);
            if (c <= 0xFF) {
                bytes[i] = (byte) c;
            } else if (high >= 0) {
                bytes[i] = (byte) (0x80 + high);
            } else {
                return false;
            }
        }
        try {
            String once = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return firstForeign(Normalizer.normalize(once, Normalizer.Form.NFC)) < 0;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static Set<Integer> vietnamese() {
        Set<Integer> letters = new HashSet<>();
        String[] tones = {"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"};
        for (char base : "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY".toCharArray()) {
            for (String tone : tones) {
                String letter = Normalizer.normalize(base + tone, Normalizer.Form.NFC);
                if (letter.length() == 1) {
                    letters.add((int) letter.charAt(0));
                }
            }
        }
        letters.add((int) 'đ');
        letters.add((int) 'Đ');
        return letters;
    }
}
