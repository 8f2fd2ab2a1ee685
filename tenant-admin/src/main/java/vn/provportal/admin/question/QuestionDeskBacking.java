package vn.provportal.admin.question;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import vn.provportal.admin.security.Roles;
import vn.provportal.admin.workspace.Faces;
import vn.provportal.platform.InvalidInput;
import vn.provportal.question.boundary.Questions;
import vn.provportal.question.entity.Question;

/**
 * Backs {@code /qa/question.xhtml?id=}: one citizen's question through the newsroom — the administrator gives it to a
 * department, an editor answers and writes the question as the public will read it, a publisher publishes it; the
 * administrator or a publisher may decline it with a reason the asker reads. Each step is offered only to whom it
 * belongs; a refusal keeps what was typed.
 */
@Named
@ViewScoped
public class QuestionDeskBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Questions questions;

    private Long id;
    /** Read again on the node a replicated view lands on: an entity does not travel with the view. */
    private transient Question question;
    private String department = "";
    private String answer = "";
    private String publicQuestion = "";
    private String reason = "";

    /** View action: the question of {@code id} in the signed-in user's province; any other id is a 404. */
    public void load() throws IOException {
        if (Faces.isPostback()) {
            return;
        }
        try {
            question = questions.get(id == null ? 0 : id);
        } catch (InvalidInput e) {
            Faces.notFound();
            return;
        }
        department = question.getDepartment() == null ? "" : question.getDepartment();
        answer = question.getAnswer() == null ? "" : question.getAnswer();
        publicQuestion = question.getPublicBody();
    }

    public void assign() {
        if (isMayAssign()) {
            step(() -> question = questions.assign(id, department), "done.question.assigned");
        }
    }

    public void saveAnswer() {
        step(() -> question = questions.answer(id, answer, publicQuestion, Faces.user()), "done.question.answered");
    }

    public void publish() {
        if (isMayPublish()) {
            step(() -> question = questions.publish(id, Faces.user()), "done.question.published");
        }
    }

    public void reject() {
        if (isMayAssign() || isMayPublish()) {
            step(() -> question = questions.reject(id, reason, Faces.user()), "done.question.rejected");
        }
    }

    private void step(Runnable action, String done) {
        if (Faces.attempt(action, done)) {
            publicQuestion = getQuestion().getPublicBody();
        }
    }

    public boolean isMayAssign() {
        return Faces.inRole(Roles.TENANT_ADMIN) || Faces.inRole(Roles.PLATFORM_ADMIN);
    }

    public boolean isMayPublish() {
        return Faces.mayPublish();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Question getQuestion() {
        if (question == null && id != null) {
            question = questions.get(id);
        }
        return question;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getPublicQuestion() {
        return publicQuestion;
    }

    public void setPublicQuestion(String publicQuestion) {
        this.publicQuestion = publicQuestion;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
