package vn.provportal.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A write that lost a race to a concurrent one goes again; every other failure is answered as it was. */
class LostRaceTest {

    @Test
    void aVersionMovedOnARowInsertedFirstOrADeadlockAreLostRacesAsTheContainerWrapsThem() {
        // as the figures PUT of the load test failed: EclipseLink's lock exception inside the commit's rollback
        assertTrue(LostRace.isCause(new TransactionalException("commit", new RollbackException("marked")
                .initCause(new PersistenceException(new org.eclipse.persistence.exceptions.OptimisticLockException() {
                })))));
        assertTrue(LostRace.isCause(new jakarta.persistence.OptimisticLockException("changed")));
        assertTrue(LostRace.isCause(new PersistenceException(new SQLIntegrityConstraintViolationException(
                "Duplicate entry 'hung-yen-MONTH-2026-11' for key 'uk'", "23000", 1062))));
        assertTrue(LostRace.isCause(new PersistenceException(new SQLTransactionRollbackException(
                "Deadlock found when trying to get lock", "40001", 1213))));
        assertTrue(LostRace.isCause(new PersistenceException(new SQLException("Lock wait timeout exceeded", "HY000", 1205))));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(LostRace.isCause(new IllegalStateException("no province")));
        assertFalse(LostRace.isCause(new PersistenceException(new SQLException("Connection refused", "08000", 0))));
        assertFalse(LostRace.isCause(new PersistenceException(new SQLException("Data too long for column", "22001", 1406))));
    }

    @Test
    void aLostRaceIsTriedAgainAndTheSecondAnswerReturned() {
        AtomicInteger calls = new AtomicInteger();
        String stored = LostRace.retried(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new jakarta.persistence.OptimisticLockException("the other PUT committed first");
            }
            return "stored";
        });
        assertEquals("stored", stored);
        assertEquals(2, calls.get());
    }

    @Test
    void anyOtherFailureIsNotTriedAgainAndARaceLostEveryTimeEndsAfterFourTries() {
        AtomicInteger calls = new AtomicInteger();
        IllegalArgumentException bad = new IllegalArgumentException("bad period");
        assertSame(bad, assertThrows(IllegalArgumentException.class, () -> LostRace.retried(() -> {
            calls.incrementAndGet();
            throw bad;
        })));
        assertEquals(1, calls.get(), "a refusal is answered once, not written three times");

        calls.set(0);
        assertThrows(jakarta.persistence.OptimisticLockException.class, () -> LostRace.retried(() -> {
            calls.incrementAndGet();
            throw new jakarta.persistence.OptimisticLockException("again");
        }));
        assertEquals(LostRace.TRIES, calls.get());
    }
}
