package vn.provportal.media.entity;

import vn.provportal.platform.Nfc;
import vn.provportal.platform.TypedName;

/**
 * An upload's file name as it may be shown to other people: the last path part only (a browser may send
 * {@code C:\Users\…\anh.jpg}), without control characters, zero-width characters or bidirectional controls
 * — {@code bao-cao\u202Egpj.jsp} would read as "bao-caopsj.jpg" in a list — NFC, at most 255 characters.
 */
public record FileName(String value) {

    public static final int MAX_LENGTH = 255;

    public FileName {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("blank file name");
        }
    }

    /** The cleaned name, or {@code null} when nothing showable is left. */
    public static FileName clean(String typed) {
        if (typed == null) {
            return null;
        }
        String name = typed.substring(Math.max(typed.lastIndexOf('/'), typed.lastIndexOf('\\')) + 1);
        name = Nfc.normalize(TypedName.withoutInvisible(name));
        if (name.length() > MAX_LENGTH) {
            name = name.substring(0, MAX_LENGTH);
        }
        return name.isBlank() ? null : new FileName(name);
    }

    /** The cleaned name, or {@code fallback} when none was given. */
    public static String shown(String typed, String fallback) {
        FileName name = clean(typed);
        return name == null ? fallback : name.value();
    }
}
