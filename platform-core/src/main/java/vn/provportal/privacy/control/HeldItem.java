package vn.provportal.privacy.control;

import java.time.Instant;
import java.util.Map;

/**
 * One record held about a person, as the person would read it: what it is ({@code kind}, a key of the screens'
 * bundle, e.g. {@code privacy.kind.comment}), when it was made, and its fields by name, in order.
 */
public record HeldItem(String kind, long id, Instant at, Map<String, String> fields) {

    public HeldItem {
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }
}
