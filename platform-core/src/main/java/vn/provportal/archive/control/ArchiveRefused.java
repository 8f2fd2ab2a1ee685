package vn.provportal.archive.control;

/**
 * An archive that cannot be restored, with the reason in Vietnamese and in English. Nothing was written when it is
 * thrown: the checks come before the first row, and a failure while writing rolls the whole restore back.
 */
public class ArchiveRefused extends RuntimeException {

    private final String vietnamese;
    private final String english;

    public ArchiveRefused(String vietnamese, String english) {
        super(vietnamese + " / " + english);
        this.vietnamese = vietnamese;
        this.english = english;
    }

    public ArchiveRefused(String vietnamese, String english, Throwable cause) {
        super(vietnamese + " / " + english, cause);
        this.vietnamese = vietnamese;
        this.english = english;
    }

    public String english() {
        return english;
    }

    public String vietnamese() {
        return vietnamese;
    }
}
