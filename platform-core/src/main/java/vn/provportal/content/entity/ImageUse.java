package vn.provportal.content.entity;

import vn.provportal.platform.Nfc;

/** One stored image as an editor places it in an article: its caption and alt text belong to this use. */
public record ImageUse(String sha256, String caption, String alt) implements java.io.Serializable {

    public ImageUse {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a stored image: " + sha256);
        }
        caption = Nfc.normalize(caption);
        alt = Nfc.normalize(alt);
    }
}
