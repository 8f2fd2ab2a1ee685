package vn.provportal.privacy.control;

import java.time.Instant;
import java.util.Map;

/**
 * One record held about a person, as the person would read it: what it is ({@code kind}, a key of the screens'
 * bundle, e.g. {@code privacy.kind.comment}), when it was made, and its fields by name, in order. A screen keeps the
 * records found in its view, which a cluster replicates: serializable.
 */
public record HeldItem(String kind, long id, Instant at, Map<String, String> fields) implements java.io.Serializable {

    public HeldItem {
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }
}
