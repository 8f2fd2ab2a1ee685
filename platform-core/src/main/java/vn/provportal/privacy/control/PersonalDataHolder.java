package vn.provportal.privacy.control;

import java.time.Instant;
import java.util.List;

/**
 * A feature that holds personal data, taking part in data-subject requests and retention. Implemented by the feature's
 * own boundary, in the current province's transaction. Data that cannot be tied to an e-mail address (a vote's address
 * hash, a staff member's address) takes part in retention only: a request finds, anonymises and erases nothing there.
 */
public interface PersonalDataHolder {

    /** Everything the current province holds tied to {@code email} (lower case), oldest first. */
    default List<HeldItem> about(String email) {
        return List.of();
    }

    /** Removes what identifies the person from those records and keeps the rest; how many records changed. */
    default int anonymise(String email) {
        return 0;
    }

    /** Deletes those records; how many. */
    default int erase(String email) {
        return 0;
    }

    /** Forgets what has been held longer than {@code policy} allows at {@code now}; how many records changed. */
    int forgetExpired(Instant now, RetentionPolicy policy);
}
