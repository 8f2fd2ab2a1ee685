package vn.provportal.comment.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.provportal.comment.entity.Comment;
import vn.provportal.comment.entity.CommentStatus;
import vn.provportal.content.entity.Article;
import vn.provportal.testing.Fixtures;
import vn.provportal.testing.TestDatabase;
import vn.provportal.testing.TestPersistence;
import vn.provportal.testing.Wired;

/** The moderation queue on a real MariaDB: searched by words of the comment, its sender or the article; counted. */
class CommentQueueIT {

    private static TestPersistence jpa;

    @BeforeAll
    static void start() {
        jpa = new TestPersistence(TestDatabase.ensureStarted());
    }

    @AfterAll
    static void stop() {
        jpa.close();
    }

    private static <T> T comments(String tenant, Function<Comments, T> work) {
        return Wired.call(jpa, tenant, new Comments(), work);
    }

    @Test
    void theQueueIsSearchedAndCountedWithinTheProvince() {
        String province = Fixtures.uniqueTenantCode("cq");
        String other = Fixtures.uniqueTenantCode("cr");
        for (String tenant : List.of(province, other)) {
            jpa.inTransaction(tenant, em -> {
                Article fraud = new Article("Cảnh báo lừa đảo qua mạng", null, "<p>x</p>", null, null, Instant.now());
                Article traffic = new Article("Phân luồng giao thông dịp Tết", null, "<p>x</p>", null, null, Instant.now());
                em.persist(fraud);
                em.persist(traffic);
                em.persist(new Comment(fraud, "Nguyễn Văn An", null, "Cảm ơn công an đã cảnh báo kịp thời", "h1", Instant.now()));
                em.persist(new Comment(traffic, "Trần Thị Bình", null, "Đường Nguyễn Văn Linh có bị cấm không?", "h2", Instant.now()));
                em.persist(new Comment(traffic, "Lê Cường", null, "Rất hữu ích 100%", "h3", Instant.now()));
                return null;
            });
        }

        assertEquals(3L, (long) comments(province, c -> c.count(CommentStatus.PENDING)), "the other province's are not counted");
        assertEquals(List.of("Nguyễn Văn An", "Trần Thị Bình"), names(comments(province,
                c -> c.withStatusMatching(CommentStatus.PENDING, "nguyễn văn", 50))), "by the sender's name and the text");
        assertEquals(List.of("Trần Thị Bình", "Lê Cường"), names(comments(province,
                c -> c.withStatusMatching(CommentStatus.PENDING, "GIAO THÔNG", 50))), "by the article's title, any case");
        assertEquals(List.of("Lê Cường"), names(comments(province, c -> c.withStatusMatching(CommentStatus.PENDING, "100%", 50))),
                "a % is a character, not a wildcard");
        assertEquals(0, comments(province, c -> c.withStatusMatching(CommentStatus.APPROVED, "cảm ơn", 50)).size());
    }

    private static List<String> names(List<Comment> found) {
        return found.stream().map(Comment::getAuthorName).toList();
    }
}
