package vn.provportal.portal.routing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OutageWindowTest {

    @Test
    void everyRequestRendersWhileTheDatabaseAnswers() {
        OutageWindow window = new OutageWindow();
        assertTrue(window.mayTry());
        window.reached();
        assertTrue(window.mayTry());
        assertTrue(window.mayTry());
    }

    @Test
    void duringAnOutageOneRequestAtATimeTriesAndTheFirstThatGetsThroughOpensForAll() {
        OutageWindow window = new OutageWindow();
        window.unreachable();
        assertTrue(window.mayTry(), "one request tries the database");
        assertFalse(window.mayTry(), "the others are answered at once");
        window.unreachable();
        assertTrue(window.mayTry(), "after a failed try, the next request tries");
        assertFalse(window.mayTry());
        window.reached();
        assertTrue(window.mayTry());
        assertTrue(window.mayTry(), "everyone renders again");
    }

    /** The trying request failed for a reason of its own (a defect, not the database): nobody stays locked out. */
    @Test
    void aTryThatFailsForAnotherReasonDoesNotLockEveryoneOut() {
        OutageWindow window = new OutageWindow();
        window.unreachable();
        assertTrue(window.mayTry());
        window.reached();
        assertTrue(window.mayTry());
        assertTrue(window.mayTry());
    }
}
