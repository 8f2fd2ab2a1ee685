package vn.provportal.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.glassfish.api.jdbc.SQLTraceRecord;
import org.junit.jupiter.api.Test;

class StatementTraceTest {

    private final StatementTrace trace = new StatementTrace();

    @Test
    void countsTheStatementsExecutedNotTheOtherCalls() {
        StatementCount.start();
        for (String method : new String[] {"prepareStatement", "setLong", "executeQuery", "next", "getString",
                "close", "executeUpdate", "getConnection", "execute", "executeBatch", "isValid"}) {
            trace.sqlTrace(call(method));
        }
        trace.sqlTrace(null);
        assertEquals(4, StatementCount.sinceStart());
        StatementCount.start();
        assertEquals(0, StatementCount.sinceStart(), "a new request counts from zero");
    }

    @Test
    void anotherThreadsStatementsAreNotThisRequests() throws InterruptedException {
        StatementCount.start();
        trace.sqlTrace(call("executeQuery"));
        ExecutorService background = Executors.newSingleThreadExecutor();
        background.submit(() -> {
            for (int i = 0; i < 50; i++) {
                trace.sqlTrace(call("executeUpdate"));
            }
        });
        background.shutdown();
        background.awaitTermination(10, TimeUnit.SECONDS);
        assertEquals(1, StatementCount.sinceStart(), "a timer writing view counts adds nothing to a page's cost");
    }

    private static SQLTraceRecord call(String method) {
        SQLTraceRecord record = new SQLTraceRecord();
        record.setMethodName(method);
        return record;
    }
}
