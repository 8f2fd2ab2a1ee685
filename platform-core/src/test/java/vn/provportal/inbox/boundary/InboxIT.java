package vn.provportal.inbox.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.provportal.content.boundary.ArticleMoved;
import vn.provportal.inbox.entity.Notification;
import vn.provportal.testing.Fixtures;
import vn.provportal.testing.TestDatabase;
import vn.provportal.testing.TestPersistence;
import vn.provportal.testing.Wired;

/**
 * Notifications on a real MariaDB: a submission reaches the province's publishers, a return reaches the writer with
 * the comment, nobody is told of their own action, the list is per province, and opening it makes it read.
 */
class InboxIT {

    private static TestPersistence jpa;

    @BeforeAll
    static void start() {
        jpa = new TestPersistence(TestDatabase.ensureStarted());
    }

    @AfterAll
    static void stop() {
        jpa.close();
    }

    private static <T> T inbox(String tenant, Function<Inbox, T> work) {
        return Wired.call(jpa, tenant, new Inbox(), work);
    }

    private static void moved(String tenant, ArticleMoved moved) {
        inbox(tenant, i -> {
            i.onMoved(moved);
            return null;
        });
    }

    @Test
    void thePeopleConcernedAreToldAndNobodyElse() {
        String province = Fixtures.uniqueTenantCode("ib");
        String other = Fixtures.uniqueTenantCode("ic");
        moved(province, new ArticleMoved(7, "Tuần tra đêm", "article.submitted", "lan", "lan", null));
        moved(province, new ArticleMoved(7, "Tuần tra đêm", "article.returned", "hy-publisher", "lan", "Bổ sung ảnh"));
        moved(province, new ArticleMoved(8, "Tin của Minh", "article.approved", "minh", "minh", null));
        moved(other, new ArticleMoved(9, "Tin tỉnh khác", "article.returned", "tb-publisher", "lan", "x"));

        List<String> publisher = texts(inbox(province, i -> i.of("hy-publisher", List.of("publisher"), 10)));
        assertEquals(List.of("lan gửi duyệt bài «Tuần tra đêm»"), publisher, "publishers hear of submissions, not of their own return");
        assertEquals(List.of("hy-publisher đã trả lại bài «Tuần tra đêm» để bạn sửa: Bổ sung ảnh"),
                texts(inbox(province, i -> i.of("lan", List.of("editor"), 10))), "the writer hears of the return, only in this province");
        assertEquals(List.of(), texts(inbox(province, i -> i.of("minh", List.of("editor"), 10))), "approving one's own: no one told");

        assertEquals(1L, (long) inbox(province, i -> i.unread("lan", List.of("editor"))));
        inbox(province, i -> {
            i.opened("lan", Instant.now().plusSeconds(1));
            return null;
        });
        assertEquals(0L, (long) inbox(province, i -> i.unread("lan", List.of("editor"))), "opened: read");
        assertEquals(1L, (long) inbox(province, i -> i.unread("hy-publisher", List.of("publisher"))), "still unread for the publisher");
        assertEquals(1L, (long) inbox(other, i -> i.unread("lan", List.of("editor"))));
    }

    private static List<String> texts(List<Notification> notifications) {
        return notifications.stream().map(Notification::getText).toList();
    }
}
