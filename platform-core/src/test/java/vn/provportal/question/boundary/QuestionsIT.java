package vn.provportal.question.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.provportal.platform.InvalidInput;
import vn.provportal.platform.RateLimited;
import vn.provportal.question.control.QuestionRateLimit;
import vn.provportal.question.entity.Question;
import vn.provportal.question.entity.QuestionStatus;
import vn.provportal.testing.Fixtures;
import vn.provportal.testing.Injection;
import vn.provportal.testing.TestDatabase;
import vn.provportal.testing.TestPersistence;
import vn.provportal.testing.Wired;

/**
 * Questions and answers on a real MariaDB (#17 item 2): a citizen's question followed by its code, assigned, answered,
 * published with the asker's phone, e-mail and ID number hidden, found by a word of the answer; nothing of it seen,
 * tracked or changed from another province; a fourth question in ten minutes refused; bad input refused by name.
 */
class QuestionsIT {

    private static final QuestionRateLimit LIMIT = new QuestionRateLimit();
    private static TestPersistence jpa;

    @BeforeAll
    static void start() {
        jpa = new TestPersistence(TestDatabase.ensureStarted());
    }

    @AfterAll
    static void stop() {
        jpa.close();
    }

    private static <T> T questions(String tenant, Function<Questions, T> work) {
        Questions questions = new Questions();
        Injection.set(questions, "rateLimit", LIMIT);
        return Wired.call(jpa, tenant, questions, work);
    }

    @Test
    void aQuestionIsAnsweredAndPublishedWithTheAskersDataHidden() {
        String province = Fixtures.uniqueTenantCode("qa");
        String other = Fixtures.uniqueTenantCode("qb");
        Question asked = questions(province, q -> q.ask("Nguyễn Thị Hoa", "hoa.nguyen@gmail.com", "Thủ tục cấp căn cước cho con",
                "Con tôi 14 tuổi, CCCD của tôi 033195001234, gọi tôi 0912 345 678. Làm ở đâu?", true, province + "|c1", "h1",
                Instant.now()));
        assertTrue(asked.getTrackingCode().matches("[2-9A-HJKMNP-Z]{10}"), asked.getTrackingCode());
        assertEquals(QuestionStatus.RECEIVED, questions(province, q -> q.track(" " + asked.getTrackingCode().toLowerCase() + " "))
                .orElseThrow().getStatus(), "followed by its code in any case");
        assertTrue(questions(other, q -> q.track(asked.getTrackingCode())).isEmpty(), "not from another province");
        assertThrows(InvalidInput.class, () -> questions(other, q -> q.assign(asked.getId(), "Phòng PC06")),
                "not changed from another province");

        long id = asked.getId();
        assertThrows(InvalidInput.class, () -> questions(province, q -> q.publish(id, "hy-publisher")), "not before an answer");
        questions(province, q -> q.assign(id, "Phòng Cảnh sát quản lý hành chính (PC06)"));
        questions(province, q -> q.answer(id, "Công dân đưa con đến Bộ phận một cửa Công an huyện nơi cư trú.", "", "hy-editor"));
        assertTrue(questions(province, q -> q.published(null, 0, 20)).isEmpty(), "answered is not yet published");
        questions(province, q -> q.publish(id, "hy-publisher"));

        Question published = questions(province, q -> q.findPublished(id)).orElseThrow();
        assertEquals("Con tôi 14 tuổi, CCCD của tôi [đã ẩn], gọi tôi [đã ẩn]. Làm ở đâu?", published.getPublicBody());
        assertFalse(published.getPublicBody().contains("0912"), "the phone is not shown");
        assertEquals(List.of(id), ids(questions(province, q -> q.published("MỘT CỬA", 0, 20))), "found by the answer's words");
        assertEquals(List.of(), ids(questions(province, q -> q.published("0912", 0, 20))), "not by what was hidden");
        assertTrue(questions(other, q -> q.findPublished(id)).isEmpty());
        assertTrue(questions(other, q -> q.published(null, 0, 20)).isEmpty(), "another province lists none of it");
        assertEquals(QuestionStatus.PUBLISHED, questions(province, q -> q.track(asked.getTrackingCode())).orElseThrow().getStatus());
    }

    @Test
    void badInputAndTooManyQuestionsAreRefusedByName() {
        String province = Fixtures.uniqueTenantCode("qc");
        InvalidInput noConsent = assertThrows(InvalidInput.class, () -> questions(province, q -> q.ask("Hoa", null, "Hỏi",
                "Nội dung", false, province + "|c2", "h2", Instant.now())));
        assertEquals("question.consent", noConsent.key());
        InvalidInput noTitle = assertThrows(InvalidInput.class, () -> questions(province, q -> q.ask("Hoa", null, "  ",
                "Nội dung", true, province + "|c2", "h2", Instant.now())));
        assertTrue(noTitle.getMessage().contains("Tiêu đề câu hỏi"), noTitle.getMessage());
        for (int i = 0; i < QuestionRateLimit.MAX_PER_WINDOW; i++) {
            int n = i;
            questions(province, q -> q.ask("Hoa", null, "Câu hỏi " + n, "Nội dung " + n, true, province + "|c3", "h3", Instant.now()));
        }
        assertThrows(RateLimited.class, () -> questions(province, q -> q.ask("Hoa", null, "Câu hỏi thứ tư", "Nội dung", true,
                province + "|c3", "h3", Instant.now())));
        assertEquals(3, questions(province, q -> q.withStatus(EnumSet.of(QuestionStatus.RECEIVED))).size(),
                "three received, the refused ones not");
        Question rejected = questions(province, q -> q.reject(q.withStatus(EnumSet.of(QuestionStatus.RECEIVED)).get(0).getId(),
                "Không thuộc thẩm quyền của Công an tỉnh", "hy-admin"));
        assertEquals("Không thuộc thẩm quyền của Công an tỉnh", rejected.getReason(), "the asker reads why by the code");
        Question stored = questions(province, q -> q.get(rejected.getId()));
        assertEquals("hy-admin", stored.getDecidedBy(), "who declined it");
        assertTrue(stored.getDecidedAt() != null && stored.getAnsweredAt() == null && stored.getPublishedBy() == null,
                "a declined question is neither answered nor published by anyone");
    }

    @Test
    void anAskersQuestionsAreFoundAndAnonymisedByTheirEmail() {
        String province = Fixtures.uniqueTenantCode("qd");
        Question asked = questions(province, q -> q.ask("Trần Văn Nam", "Nam.Tran@Gmail.com", "Giờ tiếp dân", "Mấy giờ?", true,
                province + "|c4", "h4", Instant.now()));
        assertEquals(1, Wired.call(jpa, province, new AskersData(), d -> d.about("nam.tran@gmail.com")).size());
        assertEquals(1, (int) Wired.call(jpa, province, new AskersData(), d -> d.anonymise("nam.tran@gmail.com")));
        Question after = questions(province, q -> q.get(asked.getId()));
        assertEquals("Ẩn danh", after.getAskerName());
        assertEquals(null, after.getAskerContact());
        assertEquals("Mấy giờ?", after.getBody(), "the question stays");
    }

    private static List<Long> ids(List<Question> questions) {
        return questions.stream().map(Question::getId).toList();
    }
}
