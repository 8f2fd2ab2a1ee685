package vn.provportal.consultation.entity;

/** Where a consultation stands on a day: not yet open, taking opinions, or closed (its summary may follow). */
public enum ConsultationStatus {
    UPCOMING, OPEN, CLOSED
}
