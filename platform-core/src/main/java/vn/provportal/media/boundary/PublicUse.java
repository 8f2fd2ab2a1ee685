package vn.provportal.media.boundary;

/**
 * Answered by each feature that shows stored images on the public portal (published articles, banners, the
 * theme): whether it shows this image of the current province to citizens now. An image nobody shows — an
 * upload waiting in a draft, a photo in the library only — is not served publicly ({@link PublicImages}).
 */
public interface PublicUse {

    boolean shows(String sha256);
}
