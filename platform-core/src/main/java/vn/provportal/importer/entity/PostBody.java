package vn.provportal.importer.entity;

import java.util.List;

/**
 * An old post's body as the portal will store it: the HTML with the portal's image markers (marker N is the N-th of
 * {@code images}), the images placed, the addresses of the images left out.
 */
public record PostBody(String html, List<Image> images, List<String> missing) {

    /** An image placed in the body: the archive's key, its caption, its alternative text. */
    public record Image(String key, String caption, String alt) {
    }
}
