package vn.provportal.admin.question;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.List;
import vn.provportal.question.boundary.Questions;
import vn.provportal.question.entity.Question;
import vn.provportal.question.entity.QuestionStatus;
import vn.provportal.tenant.boundary.CurrentTenant;

/** Backs {@code /qa/index.xhtml}: the province's questions waiting for someone, oldest first, and the last answered. */
@Named
@RequestScoped
public class QuestionListBacking {

    @Inject
    Questions questions;

    @Inject
    CurrentTenant currentTenant;

    private List<Question> open;
    private List<Question> closed;

    public boolean isProvinceChosen() {
        return currentTenant.isResolved();
    }

    public List<Question> getOpen() {
        if (open == null) {
            open = questions.withStatus(EnumSet.of(QuestionStatus.RECEIVED, QuestionStatus.ASSIGNED, QuestionStatus.ANSWERED));
        }
        return open;
    }

    public List<Question> getClosed() {
        if (closed == null) {
            List<Question> all = questions.withStatus(EnumSet.of(QuestionStatus.PUBLISHED, QuestionStatus.REJECTED));
            closed = all.subList(Math.max(0, all.size() - 20), all.size());
        }
        return closed;
    }
}
