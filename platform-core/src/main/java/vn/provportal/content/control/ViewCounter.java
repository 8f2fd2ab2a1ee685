package vn.provportal.content.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Article views counted in memory and written to the database in batches (ARCHITECTURE.md, decision 10),
 * so a page view never costs a row update. Pending counts are added to what a page shows, so a citizen
 * who reloads sees the count go up at once.
 */
@ApplicationScoped
public class ViewCounter {

    /** One article of one province. */
    public record Key(String tenant, long articleId) {
    }

    /** Adds one article's counted views (count, article id, province): native SQL names its province itself. */
    public static final String ADD_VIEWS = "UPDATE article SET view_count = view_count + ? WHERE id = ? AND tenant_id = ?";

    private final Map<Key, AtomicLong> pending = new ConcurrentHashMap<>();
    /** Views this node has written, per article since it started: what a stored count read earlier lacks now. */
    private final Map<Key, AtomicLong> written = new ConcurrentHashMap<>();

    public void record(String tenant, long articleId) {
        pending.computeIfAbsent(new Key(tenant, articleId), k -> new AtomicLong()).incrementAndGet();
    }

    public long pending(String tenant, long articleId) {
        AtomicLong count = pending.get(new Key(tenant, articleId));
        return count == null ? 0 : count.get();
    }

    /** What is waiting to be written; call {@link #settle} with each entry once it is committed. */
    /** Views counted and not yet written, all articles together (a metric: it should stay small). */
    public long backlog() {
        return pending.values().stream().mapToLong(AtomicLong::get).sum();
    }

    public Map<Key, Long> snapshot() {
        Map<Key, Long> copy = new java.util.HashMap<>();
        pending.forEach((key, count) -> {
            long n = count.get();
            if (n > 0) {
                copy.put(key, n);
            }
        });
        return copy;
    }

    /**
     * How many views of an article this node has written so far (it only grows): a page that keeps the stored count
     * it read adds what was written since, so the count it shows never goes back when pending views are written.
     */
    public long written(String tenant, long articleId) {
        AtomicLong count = written.get(new Key(tenant, articleId));
        return count == null ? 0 : count.get();
    }

    /**
     * The count a reader sees: a stored count read when this node had written {@code writtenThen} views of the article
     * (perhaps kept a while), plus what it has written since, plus what it has not written yet.
     */
    public long shown(String tenant, long articleId, long stored, long writtenThen) {
        return stored + written(tenant, articleId) - writtenThen + pending(tenant, articleId);
    }

    public void settle(Key key, long written) {
        this.written.computeIfAbsent(key, k -> new AtomicLong()).addAndGet(written);
        AtomicLong count = pending.get(key);
        if (count != null && count.addAndGet(-written) == 0) {
            pending.remove(key, count);
        }
    }
}
