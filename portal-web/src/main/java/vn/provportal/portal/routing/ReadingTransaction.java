package vn.provportal.portal.routing;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.ServletException;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transactional;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * One transaction around the rendering of a reading page, rolled back at the end (a reading page writes nothing;
 * views are counted in memory): every boundary the page calls joins it, so the page uses one persistence context
 * — an entity read twice is read once — and EclipseLink one connection, instead of a transaction, a context and a
 * connection per call.
 */
@ApplicationScoped
public class ReadingTransaction {

    /** The page's rendering. */
    public interface Reading {
        void run() throws IOException, ServletException;
    }

    @Resource
    UserTransaction transaction;

    /**
     * Work a reading page does as another province (a merged province's history): in a transaction of its own,
     * since one persistence context serves one province.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T apart(Supplier<T> work) {
        return work.get();
    }

    public void around(Reading reading) throws IOException, ServletException {
        try {
            transaction.begin();
        } catch (jakarta.transaction.NotSupportedException | SystemException e) {
            throw new IllegalStateException("no transaction for a reading page", e);
        }
        try {
            reading.run();
        } finally {
            try {
                transaction.rollback();
            } catch (SystemException | IllegalStateException e) {
                java.util.logging.Logger.getLogger(ReadingTransaction.class.getName())
                        .fine(() -> "reading transaction already ended: " + e);
            }
        }
    }
}
