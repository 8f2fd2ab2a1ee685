package vn.provportal.content.boundary;

import java.time.LocalDate;
import vn.provportal.content.control.SearchTerms;

/**
 * What a citizen searches for: the words, and optionally a category and a date range (inclusive days in
 * Vietnam's time zone), one page of results.
 */
public record SearchQuery(SearchTerms terms, String categorySlug, LocalDate from, LocalDate to, int page,
        int size) {
}
