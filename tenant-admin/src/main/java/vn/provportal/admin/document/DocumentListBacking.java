package vn.provportal.admin.document;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.provportal.platform.VietnamTime;
import vn.provportal.document.boundary.LegalDocuments;
import vn.provportal.document.entity.DocumentQuery;
import vn.provportal.document.entity.LegalDocument;
import vn.provportal.tenant.boundary.CurrentTenant;

/**
 * Backs {@code /documents/index.xhtml}: the province's legal documents registry, newest issued first, searched by
 * number or words ({@code ?tim=}) as citizens search it.
 */
@Named
@RequestScoped
public class DocumentListBacking {

    static final int MAX_SHOWN = 200;

    @Inject
    LegalDocuments registry;

    @Inject
    CurrentTenant currentTenant;

    private String words;
    private List<LegalDocument> documents;

    public boolean isProvinceChosen() {
        return currentTenant.isResolved();
    }

    public List<LegalDocument> getDocuments() {
        if (documents == null) {
            documents = registry.search(new DocumentQuery(null, null, null, null, null, words), VietnamTime.today(), 0,
                    MAX_SHOWN);
        }
        return documents;
    }

    public String status(LegalDocument document) {
        return document.status(VietnamTime.today()).name();
    }

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }
}
