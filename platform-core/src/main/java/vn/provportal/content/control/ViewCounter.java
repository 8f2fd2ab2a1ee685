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

    /** Changed only by {@code merge} and {@code computeIfPresent}: a view counted while its key is settled is kept. */
    private final Map<Key, Long> pending = new ConcurrentHashMap<>();
    /** Views this node has written, per article since it started: what a stored count read earlier lacks now. */
    private final Map<Key, AtomicLong> written = new ConcurrentHashMap<>();

    public void record(String tenant, long articleId) {
        pending.merge(new Key(tenant, articleId), 1L, Long::sum);
    }

    public long pending(String tenant, long articleId) {
        return pending.getOrDefault(new Key(tenant, articleId), 0L);
    }

    /** Views counted and not yet written, all articles together (a metric: it should stay small). */
    public long backlog() {
        return pending.values().stream().mapToLong(Long::longValue).sum();
    }

    /** What is waiting to be written; call {@link #settle} with each entry once it is committed. */
    public Map<Key, Long> snapshot() {
        return new java.util.HashMap<>(pending);
    }

    /**
     * This counter itself, not the container's proxy for it: a JVM stop ends the application's context while the
     * last requests still count views, and a proxy called after that no longer reaches the views counted here.
     */
    public ViewCounter itself() {
        return this;
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
        pending.computeIfPresent(key, (k, n) -> n == written ? null : n - written);
    }
}
