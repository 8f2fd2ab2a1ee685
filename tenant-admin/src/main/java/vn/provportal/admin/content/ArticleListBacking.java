package vn.provportal.admin.content;

import vn.provportal.platform.InvalidInput;
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
import vn.provportal.content.boundary.Newsroom;
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

    @Inject
    vn.provportal.content.boundary.Newsroom newsroom;

    private String view;
    private String bulkAction;
    private Long bulkCategory;
    private String bulkReason;
    private java.util.Set<Long> chosen = new java.util.HashSet<>();
    private String status;
    private Long categoryId;
    private String title;
    private String author;
    private LocalDate from;
    private LocalDate to;

    /** The current page's rows are entities: rebuilt after the view moves to another node, never replicated. */
    private transient LazyDataModel<Article> model;

    private LazyDataModel<Article> newModel() {
        return new LazyDataModel<>() {

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
    }

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

    /**
     * The bulk action on the articles ticked ({@code chon}): all or nothing, with a report either way. Approving and
     * taking down are for publishers, as on the article's own page.
     */
    public void applyBulk() {
        String[] ticked = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterValuesMap().getOrDefault("chon", new String[0]);
        chosen = new java.util.LinkedHashSet<>();
        for (String id : ticked) {
            if (id.matches("\\d{1,18}")) {
                chosen.add(Long.valueOf(id));
            }
        }
        Newsroom.Bulk action;
        try {
            action = Newsroom.Bulk.valueOf(bulkAction);
        } catch (IllegalArgumentException | NullPointerException e) {
            Faces.error(InvalidInput.of("content.choose-action"));
            return;
        }
        if ((action == Newsroom.Bulk.APPROVE || action == Newsroom.Bulk.UNPUBLISH) && !isPublisher()) {
            Faces.error(InvalidInput.of("content.only-publishers-approve-take"));
            return;
        }
        try {
            List<Article> done = newsroom.bulk(action, List.copyOf(chosen), bulkCategory, bulkReason, Faces.user());
            Faces.info("done.bulk." + action.name(), done.size(),
                    String.join("; ", done.stream().map(a -> "«" + a.getTitle() + "»").toList()));
            chosen.clear();
        } catch (vn.provportal.platform.InvalidInput e) {
            Faces.error(e);
        }
    }

    public boolean isChosen(long id) {
        return chosen.contains(id);
    }

    public boolean isPublisher() {
        return Faces.mayPublish();
    }

    /** The bulk actions this user may run. */
    public List<Newsroom.Bulk> getBulkActions() {
        return isPublisher() ? List.of(Newsroom.Bulk.values())
                : List.of(Newsroom.Bulk.SUBMIT, Newsroom.Bulk.MOVE, Newsroom.Bulk.TRASH);
    }

    public String getBulkAction() {
        return bulkAction;
    }

    public void setBulkAction(String bulkAction) {
        this.bulkAction = bulkAction;
    }

    public Long getBulkCategory() {
        return bulkCategory;
    }

    public void setBulkCategory(Long bulkCategory) {
        this.bulkCategory = bulkCategory;
    }

    public String getBulkReason() {
        return bulkReason;
    }

    public void setBulkReason(String bulkReason) {
        this.bulkReason = bulkReason;
    }

    /** The newsroom's own views ({@code ?xem=cua-toi|bi-tra-lai|cho-duyet|thung-rac}), or null for every article. */
    public String getView() {
        return view;
    }

    public void setView(String view) {
        this.view = view;
    }

    public LazyDataModel<Article> getModel() {
        if (model == null) {
            model = newModel();
        }
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
