package vn.provportal.platform.persistence;

import java.util.Set;
import org.glassfish.api.jdbc.SQLTraceListener;
import org.glassfish.api.jdbc.SQLTraceRecord;

/**
 * Told by Payara's connection pool of every JDBC call made on the application's data source (the pool's
 * {@code sql-trace-listeners}, set in {@link Migrations}), on the thread that made it; counts the calls that have
 * the database execute a statement. Nothing is logged or kept: a counter per thread ({@link StatementCount}).
 */
public class StatementTrace implements SQLTraceListener {

    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "executeBatch", "executeLargeBatch");

    @Override
    public void sqlTrace(SQLTraceRecord record) {
        if (record != null && EXECUTIONS.contains(record.getMethodName())) {
            StatementCount.executed();
        }
    }
}
