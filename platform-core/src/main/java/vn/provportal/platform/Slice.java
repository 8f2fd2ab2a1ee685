package vn.provportal.platform;

import java.util.List;

/**
 * One page of a longer list, numbered from 1. A page number past the end gives an empty slice, never an
 * error, so an absurd {@code ?trang=} in a URL is harmless.
 */
public record Slice<T>(List<T> items, int page, int size, long total) {

    public static int clampPage(int requested) {
        return Math.max(1, Math.min(requested, 100_000));
    }

    /** A page number from a URL parameter: anything but 1–6 digits means page 1. */
    public static int pageParameter(String parameter) {
        if (parameter == null || !parameter.matches("\\d{1,6}")) {
            return 1;
        }
        return clampPage(Integer.parseInt(parameter));
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    public int firstResult() {
        return (page - 1) * size;
    }

    public List<T> getItems() {
        return items;
    }

    public int getPage() {
        return page;
    }

    public int getSize() {
        return size;
    }

    public long getTotal() {
        return total;
    }
}
