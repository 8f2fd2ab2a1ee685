package vn.provportal.content.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.provportal.content.control.LastViewsWriter;
import vn.provportal.content.control.ViewCounter;

/**
 * Every few seconds, this node writes the views it counted: each node flushes only its own memory, so the job
 * runs on every node, not once per cluster. Repeated by the managed scheduler, not an EJB timer: Payara expunges
 * a timer after two failed deliveries, and a database outage of ten seconds stopped the flush for good (#15).
 */
@Singleton
@Startup
public class ViewCountFlush {

    static final long EVERY_SECONDS = 5;

    private static final Logger LOG = Logger.getLogger(ViewCountFlush.class.getName());

    @Inject
    ViewCounter counter;

    @Inject
    ArticleViews views;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> repeating;
    /** The last flush at shutdown may meet a scheduled one: counts written twice would be views that never were. */
    private final java.util.concurrent.locks.Lock writing = new java.util.concurrent.locks.ReentrantLock();
    private java.util.Optional<Thread> atExit = java.util.Optional.empty();

    @PostConstruct
    void start() {
        repeating = scheduler.scheduleWithFixedDelay(this::flush, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
        atExit = LastViewsWriter.hook(counter.itself(), writing, ConfigProvider.getConfig());
        atExit.ifPresent(Runtime.getRuntime()::addShutdownHook);
    }

    /** Runs on the scheduler's thread (and at shutdown), outside any transaction; {@link ArticleViews} has its own. */
    public void flush() {
        writing.lock();
        try {
            Map<ViewCounter.Key, Long> counts = counter.snapshot();
            if (!counts.isEmpty()) {
                views.add(counts);
                counts.forEach(counter::settle);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "view counts kept in memory, will retry", e);
        } finally {
            writing.unlock();
        }
    }

    /**
     * An undeployment without a JVM stop (tests) flushes here; at a JVM stop the pool is already gone and
     * {@link LastViewsWriter}'s hook writes what is left.
     */
    @PreDestroy
    void flushOnShutdown() {
        repeating.cancel(false);
        flush();
        if (counter.backlog() == 0) {
            atExit.ifPresent(hook -> {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException stopping) {
                    // the JVM is stopping: the hook runs and finds nothing to write
                }
            });
        }
    }
}
