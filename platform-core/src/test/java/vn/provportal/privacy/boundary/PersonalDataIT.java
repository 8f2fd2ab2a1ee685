package vn.provportal.privacy.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.provportal.audit.boundary.AuditAddresses;
import vn.provportal.audit.entity.AuditEntry;
import vn.provportal.comment.boundary.CommentersData;
import vn.provportal.comment.entity.Comment;
import vn.provportal.content.entity.Article;
import vn.provportal.privacy.control.HeldItem;
import vn.provportal.privacy.control.RetentionPolicy;
import vn.provportal.stats.boundary.VotersData;
import vn.provportal.stats.entity.Period;
import vn.provportal.stats.entity.SatisfactionLevel;
import vn.provportal.stats.entity.SatisfactionVote;
import vn.provportal.testing.Fixtures;
import vn.provportal.testing.TestDatabase;
import vn.provportal.testing.TestPersistence;
import vn.provportal.testing.Wired;

/**
 * Personal data on a real MariaDB (#15 item 5): a citizen's comments found by their e-mail address in their province
 * only, anonymised and erased there only; retention forgets e-mail addresses, address hashes of comments and votes,
 * and staff's addresses in the audit log past their time — and nothing newer, and nothing of another province.
 */
class PersonalDataIT {

    private static final String HOA = "nguyen.hoa@gmail.com";
    private static TestPersistence jpa;

    @BeforeAll
    static void start() {
        jpa = new TestPersistence(TestDatabase.ensureStarted());
    }

    @AfterAll
    static void stop() {
        jpa.close();
    }

    @Test
    void aCitizensCommentsAreFoundAnonymisedAndErasedInTheirProvinceOnly() {
        String province = Fixtures.uniqueTenantCode("pd");
        String other = Fixtures.uniqueTenantCode("pe");
        Instant now = Instant.now();
        long first = comment(province, "Nguyễn Thị Hoa", "Nguyen.Hoa@Gmail.com", "Cảm ơn các chiến sĩ", "h1", now.minus(Duration.ofDays(3)));
        long second = comment(province, "Hoa", HOA, "Xin hỏi giờ làm việc", "h2", now.minus(Duration.ofDays(1)));
        long someoneElse = comment(province, "Lê Văn Nam", "nam@gmail.com", "Rất hữu ích", "h3", now);
        long theirs = comment(other, "Nguyễn Thị Hoa", HOA, "Ở tỉnh khác", "h4", now);

        List<HeldItem> held = Wired.call(jpa, province, new CommentersData(), d -> d.about(HOA));
        assertEquals(List.of(first, second), held.stream().map(HeldItem::id).toList(), "hers, oldest first, any case");
        assertEquals("Cảm ơn các chiến sĩ", held.get(0).fields().get("privacy.field.text"));
        assertEquals("Bài có bình luận Cảm ơn các chiến sĩ", held.get(0).fields().get("privacy.field.article"));

        assertEquals(2, (int) Wired.call(jpa, province, new CommentersData(), d -> d.anonymise(HOA)));
        Comment anonymised = find(province, first);
        assertEquals(Comment.ANONYMOUS, anonymised.getAuthorName());
        assertNull(anonymised.getAuthorEmail());
        assertEquals("Cảm ơn các chiến sĩ", anonymised.getBody(), "the comment itself stays");
        assertNull(hash(province, first));
        assertEquals(HOA, find(other, theirs).getAuthorEmail(), "another province's comment is not touched");
        assertEquals(0, Wired.call(jpa, province, new CommentersData(), d -> d.about(HOA)).size(), "nothing left tied to her");

        assertEquals(1, (int) Wired.call(jpa, province, new CommentersData(), d -> d.erase("nam@gmail.com")));
        assertNull(find(province, someoneElse), "erased");
        assertEquals(1, Wired.call(jpa, other, new CommentersData(), d -> d.about(HOA)).size(), "the other province's stays hers");
    }

    @Test
    void retentionForgetsWhatIsPastItsTimeAndNothingElse() {
        String province = Fixtures.uniqueTenantCode("pr");
        String other = Fixtures.uniqueTenantCode("ps");
        Instant now = Instant.now();
        RetentionPolicy policy = RetentionPolicy.DEFAULT;
        long yearOld = comment(province, "Hoa", HOA, "Năm ngoái", "h1", now.minus(Duration.ofDays(200)));
        long monthsOld = comment(province, "Hoa", HOA, "Tháng trước", "h2", now.minus(Duration.ofDays(40)));
        long recent = comment(province, "Hoa", HOA, "Hôm qua", "h3", now.minus(Duration.ofDays(1)));
        long theirs = comment(other, "Hoa", HOA, "Tỉnh khác", "h4", now.minus(Duration.ofDays(200)));
        long oldVote = vote(province, "v-old", now.minus(Duration.ofDays(100)));
        long newVote = vote(province, "v-new", now.minus(Duration.ofDays(10)));
        long theirVote = vote(other, "v-theirs", now.minus(Duration.ofDays(100)));
        long oldEntry = audit(province, now.minus(Duration.ofDays(400)));
        long newEntry = audit(province, now.minus(Duration.ofDays(10)));

        int comments = Wired.call(jpa, province, new CommentersData(), d -> d.forgetExpired(now, policy));
        int votes = Wired.call(jpa, province, new VotersData(), d -> d.forgetExpired(now, policy));
        Wired.call(jpa, province, new AuditAddresses(), d -> d.forgetExpired(now, policy));

        assertEquals(3, comments, "the year-old comment's e-mail and hash, the month-old one's hash");
        assertNull(find(province, yearOld).getAuthorEmail(), "180 days: the e-mail address is forgotten");
        assertNull(hash(province, yearOld));
        assertEquals(HOA, find(province, monthsOld).getAuthorEmail(), "40 days: the e-mail address is kept");
        assertNull(hash(province, monthsOld), "30 days: the address hash is forgotten");
        assertEquals("h3", hash(province, recent), "yesterday's: kept");
        assertEquals(HOA, find(other, theirs).getAuthorEmail(), "another province's: untouched");
        assertEquals(1, votes);
        assertEquals(SatisfactionVote.FORGOTTEN + oldVote, voteHash(province, oldVote), "a vote of 100 days: a mark of its own");
        assertEquals("v-new", voteHash(province, newVote));
        assertEquals("v-theirs", voteHash(other, theirVote), "another province's vote: untouched");
        assertEquals(0, (int) Wired.call(jpa, province, new VotersData(), d -> d.forgetExpired(now, policy)), "once is enough");
        assertNull(address(oldEntry), "a staff member's address after a year: forgotten");
        assertEquals("203.0.113.7", address(newEntry));
        assertTrue(find(province, yearOld).getBody().equals("Năm ngoái"), "the comment itself stays");
    }

    private static long comment(String tenant, String name, String email, String text, String hash, Instant at) {
        return jpa.inTransaction(tenant, em -> {
            Article article = new Article("Bài có bình luận " + text, null, "<p>x</p>", null, null, at);
            em.persist(article);
            Comment comment = new Comment(article, name, email, text, hash, at);
            em.persist(comment);
            em.flush();
            return comment.getId();
        });
    }

    private static long vote(String tenant, String hash, Instant at) {
        return jpa.inTransaction(tenant, em -> {
            SatisfactionVote vote = new SatisfactionVote(Period.monthOf(at), hash, SatisfactionLevel.SATISFIED, at);
            em.persist(vote);
            em.flush();
            return vote.getId();
        });
    }

    private static long audit(String tenant, Instant at) {
        return jpa.inTransaction(null, em -> {
            AuditEntry entry = new AuditEntry(at, tenant, "hy-admin", "203.0.113.7", "article.published", "thử");
            em.persist(entry);
            em.flush();
            return entry.getId();
        });
    }

    private static Comment find(String tenant, long id) {
        return jpa.inTransaction(tenant, em -> em.find(Comment.class, id));
    }

    private static String hash(String tenant, long id) {
        return (String) single(tenant, "SELECT client_hash FROM article_comment WHERE id = ?1", id);
    }

    private static String voteHash(String tenant, long id) {
        return (String) single(tenant, "SELECT client_hash FROM satisfaction_vote WHERE id = ?1", id);
    }

    private static String address(long id) {
        return (String) single(null, "SELECT client_address FROM audit_log WHERE id = ?1", id);
    }

    private static Object single(String tenant, String sql, long id) {
        return jpa.inTransaction(tenant, em -> em.createNativeQuery(sql)
                .setHint("eclipselink.jdbc.allow-native-sql-query", true).setParameter(1, id).getSingleResult());
    }
}
