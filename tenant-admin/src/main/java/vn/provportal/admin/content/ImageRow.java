package vn.provportal.admin.content;

import java.io.Serializable;
import vn.provportal.content.entity.ImageUse;

/** One image of the article being edited, as its row in the form: caption and alt text typed per use. */
public class ImageRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String sha256;
    private String caption;
    private String alt;

    public ImageRow(String sha256, String caption, String alt) {
        this.sha256 = sha256;
        this.caption = caption;
        this.alt = alt;
    }

    /** A library image newly placed in the article: its own caption and alt text to start from. */
    static ImageRow placed(vn.provportal.media.entity.MediaFile file) {
        return new ImageRow(file.getSha256(), nz(file.getDefaultCaption()), nz(file.getDefaultAlt()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    ImageUse use() {
        return new ImageUse(sha256, caption, alt);
    }

    public String getSha256() {
        return sha256;
    }

    public String getCaption() {
        return caption;
    }

    public void setCaption(String caption) {
        this.caption = caption;
    }

    public String getAlt() {
        return alt;
    }

    public void setAlt(String alt) {
        this.alt = alt;
    }
}
