package vn.provportal.portal.document;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.provportal.platform.VietnamTime;
import vn.provportal.document.boundary.LegalDocuments;
import vn.provportal.document.entity.DocumentQuery;
import vn.provportal.document.entity.DocumentStatus;
import vn.provportal.document.entity.DocumentType;
import vn.provportal.document.entity.LegalDocument;

/**
 * "Văn bản" ({@code /<province>/van-ban}): the province's legal documents, newest issued first, narrowed by kind
 * ({@code loai}), issuer ({@code co-quan}), field ({@code linh-vuc}), year ({@code nam}), status today
 * ({@code hieu-luc}) and words or a number ({@code tim}: {@code 12/2025}, {@code 12/2025/qd-ubnd}); paged
 * ({@code trang}). A value that is not one of the choices is ignored, never an error.
 */
@Named
@RequestScoped
public class DocumentsBacking {

    static final int PAGE_SIZE = 20;

    @Inject
    LegalDocuments registry;

    private List<LegalDocument> found = List.of();
    private boolean more;
    private int page = 1;
    private DocumentQuery query = DocumentQuery.ALL;
    private List<String> issuers = List.of();
    private List<String> fields = List.of();
    private List<Integer> years = List.of();

    public void load() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        issuers = registry.issuers();
        fields = registry.fields();
        years = registry.years();
        String issuer = request.getParameter("co-quan");
        String field = request.getParameter("linh-vuc");
        String words = request.getParameter("tim");
        query = new DocumentQuery(
                DocumentType.ofSlug(request.getParameter("loai")).orElse(null),
                issuers.contains(issuer) ? issuer : null,
                fields.contains(field) ? field : null,
                years.stream().filter(y -> String.valueOf(y).equals(request.getParameter("nam"))).findFirst().orElse(null),
                DocumentStatus.ofSlug(request.getParameter("hieu-luc")).orElse(null),
                words == null || words.isBlank() ? null : words.strip());
        page = vn.provportal.portal.routing.PortalPaths.pageNumber(request.getParameter("trang"));
        List<LegalDocument> read = registry.search(query, VietnamTime.today(), (page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
        more = read.size() > PAGE_SIZE;
        found = read.subList(0, Math.min(PAGE_SIZE, read.size()));
    }

    /** The filters chosen, as a query string for the pager's links (without {@code trang}). */
    public String getFilterQuery() {
        Map<String, String> chosen = new LinkedHashMap<>();
        chosen.put("loai", query.type() == null ? null : query.type().getSlug());
        chosen.put("co-quan", query.issuer());
        chosen.put("linh-vuc", query.field());
        chosen.put("nam", query.year() == null ? null : String.valueOf(query.year()));
        chosen.put("hieu-luc", query.status() == null ? null : query.status().getSlug());
        chosen.put("tim", query.words());
        return chosen.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public String status(LegalDocument document) {
        return document.status(VietnamTime.today()).name();
    }

    public List<DocumentType> getTypes() {
        return List.of(DocumentType.values());
    }

    public List<DocumentStatus> getStatuses() {
        return List.of(DocumentStatus.values());
    }

    public List<LegalDocument> getFound() {
        return found;
    }

    public boolean isMore() {
        return more;
    }

    public int getPage() {
        return page;
    }

    public DocumentQuery getQuery() {
        return query;
    }

    public boolean isFiltered() {
        return !query.equals(DocumentQuery.ALL);
    }

    public List<String> getIssuers() {
        return issuers;
    }

    public List<String> getFields() {
        return fields;
    }

    public List<Integer> getYears() {
        return years;
    }
}
