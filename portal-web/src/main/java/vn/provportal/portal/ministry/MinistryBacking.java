package vn.provportal.portal.ministry;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.provportal.content.boundary.Articles;
import vn.provportal.content.entity.Article;
import vn.provportal.syndication.boundary.Notices;
import vn.provportal.syndication.entity.Notice;

/**
 * What the ministry puts on every portal: the urgent notice at the top of each page, and the home page's
 * locked box of articles it pushed ("Thông tin từ Bộ Công an"), which the province cannot remove.
 */
@Named
@RequestScoped
public class MinistryBacking {

    static final int SYNDICATED = 3;

    @Inject
    Notices notices;

    @Inject
    Articles articles;

    private Notice notice;
    private boolean noticeLoaded;

    public Notice getNotice() {
        if (!noticeLoaded) {
            notice = notices.current().orElse(null);
            noticeLoaded = true;
        }
        return notice;
    }

    public List<Article> getSyndicated() {
        return articles.syndicated(SYNDICATED);
    }
}
