package vn.provportal.content.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.provportal.content.control.ViewCounter;

/**
 * Every few seconds, this node writes the views it counted. A non-persistent timer is right here: each
 * node flushes only its own memory, so the job must run on every node, not once per cluster.
 */
@Singleton
public class ViewCountFlush {

    private static final Logger LOG = Logger.getLogger(ViewCountFlush.class.getName());

    @Inject
    ViewCounter counter;

    @Inject
    ArticleViews views;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void flush() {
        Map<ViewCounter.Key, Long> counts = counter.snapshot();
        if (counts.isEmpty()) {
            return;
        }
        try {
            views.add(counts);
            counts.forEach(counter::settle);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "view counts kept in memory, will retry", e);
        }
    }

    @PreDestroy
    void flushOnShutdown() {
        flush();
    }
}
