package vn.provportal.media.boundary;

import java.util.List;

/**
 * Answered by each feature that keeps stored images (articles in any state, banners, the theme): where the current
 * province uses this image, in words an editor reads ("Bài «…» (Bản nháp)"). The library shows the answers on an
 * image's page and deletes only an image nobody uses.
 */
public interface MediaUses {

    List<String> of(String sha256);
}
