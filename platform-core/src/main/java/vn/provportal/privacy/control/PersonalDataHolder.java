package vn.provportal.privacy.control;

import java.time.Instant;
import java.util.List;

/**
 * A feature that holds personal data, taking part in data-subject requests and retention. Implemented by the feature's
 * own boundary, in the current province's transaction; what cannot be tied to an e-mail address answers nothing.
 */
public interface PersonalDataHolder {

    /** Everything the current province holds tied to {@code email} (lower case), oldest first. */
    List<HeldItem> about(String email);

    /** Removes what identifies the person from those records and keeps the rest; how many records changed. */
    int anonymise(String email);

    /** Deletes those records; how many. */
    int erase(String email);

    /** Forgets what has been held longer than {@code policy} allows at {@code now}; how many records changed. */
    int forgetExpired(Instant now, RetentionPolicy policy);
}
