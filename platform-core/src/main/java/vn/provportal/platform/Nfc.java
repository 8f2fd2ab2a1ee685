package vn.provportal.platform;

import java.text.Normalizer;

/**
 * Vietnamese text arrives in both composed (NFC) and decomposed (NFD) forms depending on the keyboard
 * and operating system; stored text is always NFC so that equality, search and slugs behave the same.
 */
public final class Nfc {

    private Nfc() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }
}
