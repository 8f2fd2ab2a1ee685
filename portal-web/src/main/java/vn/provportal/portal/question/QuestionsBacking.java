package vn.provportal.portal.question;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import vn.provportal.platform.InvalidInput;
import vn.provportal.portal.comment.FormToken;
import vn.provportal.question.boundary.Questions;
import vn.provportal.question.entity.Question;
import vn.provportal.tenant.boundary.CurrentTenant;

/**
 * "Hỏi đáp" ({@code /<province>/hoi-dap}): the province's published answers, newest first, searched by words
 * ({@code tim}) and paged ({@code trang}); the form to ask, and the box to follow a question by its code. A refused
 * question comes back here from {@link QuestionServlet} with the reason and what was typed.
 */
@Named
@RequestScoped
public class QuestionsBacking {

    /** The request attribute that carries a refusal from the servlet. */
    static final String REFUSAL = "provportal.question.refusal";
    static final int PAGE_SIZE = 10;

    @Inject
    Questions questions;

    @Inject
    FormToken tokens;

    @Inject
    CurrentTenant currentTenant;

    private List<Question> found = List.of();
    private boolean more;
    private int page = 1;
    private String words = "";

    public void load() {
        HttpServletRequest request = request();
        words = request.getParameter("tim") == null ? "" : request.getParameter("tim").strip();
        page = vn.provportal.portal.routing.PortalPaths.pageNumber(request.getParameter("trang"));
        List<Question> read = questions.published(words, (page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
        more = read.size() > PAGE_SIZE;
        found = read.subList(0, Math.min(PAGE_SIZE, read.size()));
    }

    public String getFormToken() {
        return tokens.issue(currentTenant.get().getCode().value(), QuestionServlet.FORM);
    }

    /** Why the question was refused, in the page's language; empty when it was not. */
    public String getRefusal() {
        Object refusal = request().getAttribute(REFUSAL);
        if (!(refusal instanceof InvalidInput e)) {
            return "";
        }
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return e.message(locale);
    }

    /** What the citizen typed in {@code field} when the question was refused; empty otherwise. */
    public String typed(String field) {
        HttpServletRequest request = request();
        String value = request.getAttribute(REFUSAL) == null ? null : request.getParameter(field);
        return value == null ? "" : value;
    }

    public boolean isConsented() {
        return request().getAttribute(REFUSAL) != null && request().getParameter("consent") != null;
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public List<Question> getFound() {
        return found;
    }

    public boolean isMore() {
        return more;
    }

    public int getPage() {
        return page;
    }

    public String getWords() {
        return words;
    }

    /** The words as they go back into a page link's query. */
    public String getWordsInLink() {
        return java.net.URLEncoder.encode(words, java.nio.charset.StandardCharsets.UTF_8);
    }
}
