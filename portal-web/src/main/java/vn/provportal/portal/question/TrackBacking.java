package vn.provportal.portal.question;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import vn.provportal.question.boundary.Questions;
import vn.provportal.question.entity.Question;

/**
 * A citizen follows their question by its code ({@code /<province>/hoi-dap/tra-cuu?ma=…}), without an account: its
 * state, the department it went to, the reason if it was not taken up, the link once it is published. The answer to
 * one person is never kept for the next ({@code no-store}); a wrong code says so.
 */
@Named
@RequestScoped
public class TrackBacking {

    @Inject
    Questions questions;

    private String code = "";
    private Question question;
    private boolean justAsked;

    public void load() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        context.setResponseHeader("Cache-Control", "no-store");
        String typed = context.getRequestParameterMap().get("ma");
        code = typed == null ? "" : typed.strip();
        justAsked = "1".equals(context.getRequestParameterMap().get("moi"));
        Optional<Question> found = code.isEmpty() ? Optional.empty() : questions.track(code);
        question = found.orElse(null);
    }

    public String getCode() {
        return code;
    }

    public Question getQuestion() {
        return question;
    }

    public boolean isJustAsked() {
        return justAsked;
    }
}
