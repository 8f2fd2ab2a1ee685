package vn.provportal.privacy.control;

import java.time.Duration;

/**
 * How long personal data is kept before it is forgotten, each in days (README, "Personal data"): a commenter's e-mail
 * address, which only serves to answer them; the salted hash of a commenter's and of a voter's address, which only
 * serves the limits per client (10 minutes for comments, a month for votes); the address a staff member acted from,
 * in the audit log, kept a year as security logs are.
 */
public record RetentionPolicy(Duration commentEmails, Duration commentAddresses, Duration voteAddresses,
        Duration auditAddresses) {

    public static final RetentionPolicy DEFAULT = ofDays(180, 30, 90, 365);

    public RetentionPolicy {
        for (Duration kept : new Duration[] {commentEmails, commentAddresses, voteAddresses, auditAddresses}) {
            if (kept.toDays() < 1) {
                throw new IllegalArgumentException("personal data is kept at least a day, not " + kept);
            }
        }
    }

    public static RetentionPolicy ofDays(int commentEmails, int commentAddresses, int voteAddresses, int auditAddresses) {
        return new RetentionPolicy(Duration.ofDays(commentEmails), Duration.ofDays(commentAddresses),
                Duration.ofDays(voteAddresses), Duration.ofDays(auditAddresses));
    }
}
