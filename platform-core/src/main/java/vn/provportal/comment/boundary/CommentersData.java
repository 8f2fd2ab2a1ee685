package vn.provportal.comment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.provportal.comment.entity.Comment;
import vn.provportal.platform.persistence.TenantScoped;
import vn.provportal.privacy.control.HeldItem;
import vn.provportal.privacy.control.PersonalDataHolder;
import vn.provportal.privacy.control.RetentionPolicy;

/**
 * What comments hold about the citizens who wrote them: the name and e-mail address they typed, and the salted hash
 * of their address that limits comments per client. A request finds a province's comments by their e-mail address;
 * retention forgets the e-mail addresses and hashes past their time, the comments themselves stay.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class CommentersData implements PersonalDataHolder {

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    @Override
    public List<HeldItem> about(String email) {
        return comments(email).stream().map(CommentersData::held).toList();
    }

    @Override
    public int anonymise(String email) {
        List<Comment> comments = comments(email);
        comments.forEach(Comment::forgetAuthor);
        return comments.size();
    }

    @Override
    public int erase(String email) {
        List<Comment> comments = comments(email);
        comments.forEach(em::remove);
        return comments.size();
    }

    @Override
    public int forgetExpired(Instant now, RetentionPolicy policy) {
        return em.createNamedQuery(Comment.FORGET_EMAILS).setParameter("before", now.minus(policy.commentEmails()))
                .executeUpdate()
                + em.createNamedQuery(Comment.FORGET_CLIENTS).setParameter("before", now.minus(policy.commentAddresses()))
                        .executeUpdate();
    }

    private List<Comment> comments(String email) {
        return em.createNamedQuery(Comment.OF_EMAIL, Comment.class).setParameter("email", email).getResultList();
    }

    private static HeldItem held(Comment comment) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("privacy.field.article", comment.getArticle().getTitle());
        fields.put("privacy.field.name", comment.getAuthorName());
        fields.put("privacy.field.email", comment.getAuthorEmail());
        fields.put("privacy.field.text", comment.getBody());
        fields.put("privacy.field.status", comment.getStatus().name());
        return new HeldItem("privacy.kind.comment", comment.getId(), comment.getCreatedAt(), fields);
    }
}
