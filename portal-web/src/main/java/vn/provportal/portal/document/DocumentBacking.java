package vn.provportal.portal.document;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import vn.provportal.platform.VietnamTime;
import vn.provportal.document.boundary.LegalDocuments;
import vn.provportal.document.entity.DocumentFileSummary;
import vn.provportal.document.entity.LegalDocument;
import vn.provportal.portal.routing.NotFound;
import vn.provportal.portal.routing.PortalPaths;

/**
 * One legal document ({@code /<province>/van-ban/<slug>}): its table of facts, its status today with the document that
 * replaced it linked, the documents it replaced, and its files to download. Any other address is a 404.
 */
@Named
@RequestScoped
public class DocumentBacking {

    @Inject
    LegalDocuments registry;

    @Inject
    PortalPaths paths;

    @Inject
    NotFound notFound;

    private LegalDocument document;
    private List<DocumentFileSummary> files = List.of();
    private List<LegalDocument> replaced = List.of();

    public void load() throws IOException {
        document = registry.bySlug(paths.getParameter()).orElse(null);
        if (document == null) {
            notFound.respondInFaces();
            return;
        }
        files = registry.files(document.getId());
        replaced = registry.replacedBy(document);
    }

    public String getStatus() {
        return document.status(VietnamTime.today()).name();
    }

    public LegalDocument getDocument() {
        return document;
    }

    public List<DocumentFileSummary> getFiles() {
        return files;
    }

    public List<LegalDocument> getReplaced() {
        return replaced;
    }
}
