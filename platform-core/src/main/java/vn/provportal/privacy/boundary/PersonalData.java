package vn.provportal.privacy.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.provportal.platform.Activity;
import vn.provportal.platform.InvalidInput;
import vn.provportal.platform.persistence.TenantScoped;
import vn.provportal.privacy.control.HeldItem;
import vn.provportal.privacy.control.PersonalDataHolder;
import vn.provportal.privacy.control.RetentionPolicy;

/**
 * A citizen's request about their personal data, answered by their province's administrator: everything the province
 * holds tied to an e-mail address, found across the features that hold personal data, exported, anonymised or erased
 * in one transaction. Each request is audited with the address masked ({@code n***@gmail.com}): the log that proves
 * the request was answered does not keep what was asked to be forgotten.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class PersonalData {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}\\.[^@\\s]{2,}");

    @Inject
    @Any
    Instance<PersonalDataHolder> holders;

    @Inject
    Event<Activity> activities;

    /** Everything held about {@code email} in the current province, oldest first. */
    public List<HeldItem> find(String email) {
        return held(email, "privacy.searched");
    }

    /** The same, for the person to take away; the export is audited as such. */
    public List<HeldItem> export(String email) {
        return held(email, "privacy.exported");
    }

    private List<HeldItem> held(String email, String action) {
        String address = address(email);
        List<HeldItem> held = new ArrayList<>();
        holders.forEach(holder -> held.addAll(holder.about(address)));
        held.sort(Comparator.comparing(HeldItem::at));
        activities.fire(Activity.backOffice(action, masked(address) + ": " + held.size()));
        return held;
    }

    /** Keeps the records, without anything that says whose they are; how many changed. */
    public int anonymise(String email) {
        return everywhere(email, "privacy.anonymised", PersonalDataHolder::anonymise);
    }

    /** Deletes the records; how many. */
    public int erase(String email) {
        return everywhere(email, "privacy.erased", PersonalDataHolder::erase);
    }

    /** A change by every holder, in this one transaction, audited as {@code action}. */
    private int everywhere(String email, String action, java.util.function.ToIntBiFunction<PersonalDataHolder, String> change) {
        String address = address(email);
        int changed = 0;
        for (PersonalDataHolder holder : holders) {
            changed += change.applyAsInt(holder, address);
        }
        activities.fire(new Activity(action, masked(address) + ": " + changed));
        return changed;
    }

    /** Retention, for the current province: what is past its time is forgotten; how many records changed. */
    public int forgetExpired(Instant now, RetentionPolicy policy) {
        int changed = 0;
        for (PersonalDataHolder holder : holders) {
            changed += holder.forgetExpired(now, policy);
        }
        return changed;
    }

    static String address(String email) {
        String address = email == null ? "" : java.text.Normalizer.normalize(email.strip(), java.text.Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT);
        if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
            throw InvalidInput.of("privacy.give-email");
        }
        return address;
    }

    /** {@code nguyen.hoa@gmail.com} → {@code n***@gmail.com}: enough to tell requests apart, not to read the address. */
    static String masked(String address) {
        int at = address.indexOf('@');
        return address.charAt(0) + "***" + address.substring(at);
    }
}
