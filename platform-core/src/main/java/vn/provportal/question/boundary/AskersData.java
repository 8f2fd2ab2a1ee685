package vn.provportal.question.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.provportal.platform.persistence.TenantScoped;
import vn.provportal.privacy.control.HeldItem;
import vn.provportal.privacy.control.PersonalDataHolder;
import vn.provportal.privacy.control.RetentionPolicy;
import vn.provportal.question.entity.Question;

/**
 * What questions hold about the citizens who asked: the name and the contact they typed (an e-mail address or a phone
 * number) and the salted hash of their address. A request finds questions by the e-mail address they left; retention
 * forgets contacts and hashes as for commenters' e-mail addresses ({@link RetentionPolicy#commentEmails()}).
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class AskersData implements PersonalDataHolder {

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    @Override
    public List<HeldItem> about(String email) {
        return questions(email).stream().map(AskersData::held).toList();
    }

    @Override
    public int anonymise(String email) {
        List<Question> questions = questions(email);
        questions.forEach(Question::forgetAsker);
        return questions.size();
    }

    @Override
    public int erase(String email) {
        List<Question> questions = questions(email);
        questions.forEach(em::remove);
        return questions.size();
    }

    @Override
    public int forgetExpired(Instant now, RetentionPolicy policy) {
        return em.createNamedQuery(Question.FORGET_CONTACTS).setParameter("before", now.minus(policy.commentEmails()))
                .executeUpdate();
    }

    private List<Question> questions(String email) {
        return em.createNamedQuery(Question.OF_CONTACT, Question.class).setParameter("contact", email).getResultList();
    }

    private static HeldItem held(Question question) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("privacy.field.title", question.getTitle());
        fields.put("privacy.field.name", question.getAskerName());
        fields.put("privacy.field.email", question.getAskerContact());
        fields.put("privacy.field.text", question.getBody());
        fields.put("privacy.field.question-status", question.getStatus().name());
        return new HeldItem("privacy.kind.question", question.getId(), question.getCreatedAt(), fields);
    }
}
