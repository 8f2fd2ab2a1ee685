package vn.provportal.portal.routing;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.ServletException;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transactional;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One transaction around the rendering of a reading page, rolled back at the end (a reading page writes nothing;
 * views are counted in memory): every boundary the page calls joins it, so the page uses one persistence context
 * — an entity read twice is read once — and EclipseLink one connection, instead of a transaction, a context and a
 * connection per call.
 */
@ApplicationScoped
public class ReadingTransaction {

    private static final Logger LOG = Logger.getLogger(ReadingTransaction.class.getName());

    /** The page's rendering. */
    public interface Reading {
        void run() throws IOException, ServletException;
    }

    @Resource
    UserTransaction transaction;

    public void around(Reading reading) throws IOException, ServletException {
        begin();
        try {
            reading.run();
        } finally {
            end();
        }
    }

    /**
     * Work a reading page does as another province (a merged province's history): in a transaction of its own,
     * since one persistence context serves one province.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T apart(Supplier<T> work) {
        return work.get();
    }

    private void begin() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                // a request thread must never carry a transaction into the next request, whatever ended the last
                transaction.rollback();
            }
            transaction.begin();
        } catch (NotSupportedException | SystemException e) {
            throw new IllegalStateException("no transaction for a reading page", e);
        }
    }

    /** Never masks what the page threw: a database outage must reach the router as the outage it is. */
    private void end() {
        try {
            transaction.rollback();
        } catch (SystemException | RuntimeException e) {
            LOG.log(Level.FINE, "reading transaction already ended", e);
        }
    }
}
