package vn.provportal.document.control;

import java.util.regex.Pattern;
import vn.provportal.content.control.Snippet;
import vn.provportal.platform.InvalidInput;
import vn.provportal.platform.Nfc;
import vn.provportal.platform.TypedName;

/**
 * A document's number and symbol as Decree 30/2020/NĐ-CP writes it: the number, the year for normative documents, and
 * the symbol of its kind and issuer — {@code 12/2025/QĐ-UBND}, {@code 42/2022/NĐ-CP}, {@code 1234/UBND-VP},
 * {@code 15/CT-TTg}. Typed with spaces around the slashes or a leading "Số" it is tidied; anything else is refused.
 * Its key — lower case, no marks, đ → d — is what a citizen's search is compared with, so {@code 12/2025/qd-ubnd}
 * finds it.
 */
public final class DocumentNumber {

    public static final int MAX_LENGTH = 60;
    private static final Pattern SHAPE = Pattern.compile("\\d{1,6}[A-Za-z]?(/\\d{4})?/(?=[\\p{L}\\p{N}.-]*\\p{L})[\\p{L}\\p{N}]+([-.][\\p{L}\\p{N}]+)*");

    private DocumentNumber() {
    }

    /** The number as it will be shown, or a refusal that quotes what was typed. */
    public static String tidy(String typed) {
        String text = Nfc.normalize(TypedName.withoutInvisible(typed == null ? "" : typed)).strip()
                .replaceFirst("^(?iu)(số|so)\\s*:?\\s*", "").replaceAll("\\s*/\\s*", "/").replaceAll("\\s*-\\s*", "-");
        if (text.isEmpty()) {
            throw InvalidInput.of("document.required", "Số ký hiệu", "Number");
        }
        if (text.length() > MAX_LENGTH || !SHAPE.matcher(text).matches()) {
            throw InvalidInput.of("document.number-shape", text.length() > 80 ? text.substring(0, 80) + "…" : text);
        }
        return text;
    }

    /** What searches compare: the tidied number folded to lower-case letters without marks. */
    public static String key(String number) {
        return Snippet.fold(number);
    }
}
