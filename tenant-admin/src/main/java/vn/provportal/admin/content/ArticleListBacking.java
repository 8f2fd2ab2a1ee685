package vn.provportal.admin.content;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import vn.provportal.admin.workspace.Faces;
import vn.provportal.content.boundary.ArticleFilter;
import vn.provportal.content.boundary.Worklist;
import vn.provportal.content.entity.Article;
import vn.provportal.content.entity.ArticleStatus;

/**
 * The newsroom's article list on {@code /index.xhtml}: loaded one page at a time from the database, filtered
 * by the bookmarkable parameters of the filter bar ({@code ?trang-thai=&chuyen-muc=&tieu-de=&tac-gia=&tu=&den=}),
 * sorted by any column.
 */
@Named
@ViewScoped
public class ArticleListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Worklist worklist;

    @Inject
    vn.provportal.content.boundary.Categories categories;

    private String view;
    private String status;
    private Long categoryId;
    private String title;
    private String author;
    private LocalDate from;
    private LocalDate to;

    private final LazyDataModel<Article> model = new LazyDataModel<>() {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, worklist.count(filter()));
        }

        @Override
        public List<Article> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            return worklist.page(filter(), first, pageSize, sort == null ? "updatedAt" : sort.getField(),
                    sort != null && sort.getOrder() == SortOrder.ASCENDING);
        }

        @Override
        public String getRowKey(Article article) {
            return String.valueOf(article.getId());
        }
    };

    ArticleFilter filter() {
        ArticleStatus chosen = null;
        if (status != null && !status.isBlank()) {
            try {
                chosen = ArticleStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                chosen = null;
            }
        }
        String writer = null;
        boolean returned = false;
        if ("cua-toi".equals(view) || "bi-tra-lai".equals(view)) {
            writer = Faces.user();
            returned = "bi-tra-lai".equals(view);
            chosen = returned ? ArticleStatus.DRAFT : chosen;
        } else if ("cho-duyet".equals(view)) {
            chosen = ArticleStatus.IN_REVIEW;
        }
        return new ArticleFilter(chosen, categoryId, title, author, from, to, writer, returned, "thung-rac".equals(view));
    }

    /** The newsroom's own views ({@code ?xem=cua-toi|bi-tra-lai|cho-duyet|thung-rac}), or null for every article. */
    public String getView() {
        return view;
    }

    public void setView(String view) {
        this.view = view;
    }

    public LazyDataModel<Article> getModel() {
        return model;
    }

    public List<vn.provportal.content.entity.Category> getCategories() {
        return categories.all();
    }

    public List<ArticleStatus> getStatuses() {
        return List.of(ArticleStatus.values());
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
