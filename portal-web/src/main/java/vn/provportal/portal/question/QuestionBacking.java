package vn.provportal.portal.question;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import vn.provportal.portal.routing.NotFound;
import vn.provportal.portal.routing.PortalPaths;
import vn.provportal.question.boundary.Questions;
import vn.provportal.question.entity.Question;

/** One published question and its answer ({@code /<province>/hoi-dap/<id>}); any other id is a 404. */
@Named
@RequestScoped
public class QuestionBacking {

    @Inject
    Questions questions;

    @Inject
    PortalPaths paths;

    @Inject
    NotFound notFound;

    private Question question;

    public void load() throws IOException {
        question = questions.findPublished(Long.parseLong(paths.getParameter())).orElse(null);
        if (question == null) {
            notFound.respondInFaces();
        }
    }

    public Question getQuestion() {
        return question;
    }
}
