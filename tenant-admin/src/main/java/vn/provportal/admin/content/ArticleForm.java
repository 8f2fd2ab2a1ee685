package vn.provportal.admin.content;

import java.io.Serializable;
import vn.provportal.content.boundary.ArticleDraft;
import vn.provportal.content.entity.Article;

/** The text fields of the article form, kept in the view between requests so nothing typed is lost. */
public class ArticleForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title = "";
    private String lead = "";
    private String body = "";
    private String author = "";
    private Long categoryId;
    private String tags = "";
    private String source = "";

    void take(Article article) {
        title = article.getTitle();
        lead = article.getLead();
        body = article.getBodyHtml();
        author = article.getAuthor();
        categoryId = article.getCategory() == null ? null : article.getCategory().getId();
        tags = article.getTags();
        source = article.getSource();
    }

    void fill(ArticleDraft draft) {
        title = draft.title();
        lead = draft.lead();
        body = draft.body();
        author = draft.author();
        categoryId = draft.categoryId();
        tags = draft.tags();
        source = draft.source();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getLead() {
        return lead;
    }

    public void setLead(String lead) {
        this.lead = lead;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }
}
