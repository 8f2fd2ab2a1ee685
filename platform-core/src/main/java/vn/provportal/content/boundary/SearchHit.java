package vn.provportal.content.boundary;

import vn.provportal.content.entity.Article;

/** One search result: the article and its excerpt as escaped HTML with the hits marked. */
public record SearchHit(Article article, String snippetHtml) {

    public Article getArticle() {
        return article;
    }

    public String getSnippetHtml() {
        return snippetHtml;
    }
}
