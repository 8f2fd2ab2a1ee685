package vn.provportal.platform;

import java.util.List;
import java.util.Set;

/**
 * A change a person or system made, announced by the feature that made it (as a CDI event) for whoever keeps
 * records of it — the audit trail — and for the pages that show it: every change renews its province's pages
 * (their kept copies, on every node and at the edge) unless it shows on none ({@link #showsOnPages()}).
 *
 * @param action a stable dotted name, such as {@code stats.manual} or {@code comment.approved}
 * @param detail what changed, in words a reviewer understands
 * @param showsOnPages whether any citizen's page may show the change; a draft saved, a sign-in, a person invited show on none,
 *        and renewing every page of the province for them made a busy newsroom keep its portal from keeping any page
 *        (measured with bench/load.sh: editors saving every few seconds and the API sending figures had the node
 *        render every page afresh, and it fell behind at 170 requests a second)
 */
public record Activity(String action, String detail, boolean showsOnPages) {

    /** Actions that never show on a citizen's page, whatever they concern. */
    private static final Set<String> BACK_OFFICE_ONLY = Set.of("session.signed-in", "people.invited",
            "people.role-changed", "people.enabled", "people.disabled",
            "media.uploaded", "article.preview-link", "article.preview-revoked", "apikey.issued", "apikey.revoked");

    /**
     * Actions whose change shows on other provinces' pages than the one the request works in: the ministry's notices,
     * syndicated articles and documents, and changes of provinces themselves. A ministry administrator who had chosen a
     * province to work in renewed only that province's pages when pushing to all of them.
     */
    private static final List<String> EVERY_PROVINCE = List.of("province.", "syndication.", "notice.");

    /** Whether every province's pages must be renewed, whichever province the request was working in. */
    public boolean concernsEveryProvince() {
        return EVERY_PROVINCE.stream().anyMatch(action::startsWith);
    }

    /** Actions a machine may send several times a second: the statistics API's figures. */
    private static final Set<String> FEEDS = Set.of("stats.processing.api", "stats.satisfaction.api");

    /** Whether a machine sends this change, perhaps many times a second, so that its renewals are paced. */
    public boolean comesFromAFeed() {
        return FEEDS.contains(action);
    }

    /** A change that may show on the province's pages, unless its action is one that never does. */
    public Activity(String action, String detail) {
        this(action, detail, !BACK_OFFICE_ONLY.contains(action));
    }

    /** A change only the newsroom sees (a draft saved): the citizens' pages stay as they are kept. */
    public static Activity backOffice(String action, String detail) {
        return new Activity(action, detail, false);
    }
}
