package vn.provportal.content.boundary;

/** A published article as a reading page first needs it: which one, and how often it was read (stored count). */
public record Shown(long id, long viewCount) {

    /** For JPQL's constructor expression, which passes the boxed columns. */
    public Shown(Long id, Long viewCount) {
        this(id.longValue(), viewCount == null ? 0 : viewCount.longValue());
    }
}
