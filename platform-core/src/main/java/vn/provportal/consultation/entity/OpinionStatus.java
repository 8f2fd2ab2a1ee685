package vn.provportal.consultation.entity;

/** A citizen's opinion: held until the province publishes it, or declined (abusive, off the subject). */
public enum OpinionStatus {
    RECEIVED, PUBLISHED, REJECTED
}
