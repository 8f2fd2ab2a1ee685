package vn.provportal.document.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.provportal.content.control.SlugGenerator;
import vn.provportal.content.control.Snippet;
import vn.provportal.document.control.AttachmentCheck;
import vn.provportal.document.control.DocumentNumber;
import vn.provportal.document.entity.DocumentFile;
import vn.provportal.document.entity.DocumentFileSummary;
import vn.provportal.document.entity.DocumentForm;
import vn.provportal.document.entity.DocumentQuery;
import vn.provportal.document.entity.LegalDocument;
import vn.provportal.platform.Activity;
import vn.provportal.platform.InvalidInput;
import vn.provportal.platform.Nfc;
import vn.provportal.platform.Sha256;
import vn.provportal.platform.persistence.TenantScoped;

/**
 * A province's legal documents registry ("Văn bản"): the back office registers and edits documents, attaches their
 * files (checked by content, their text read for search) and marks one replaced by another; the portal lists them by
 * kind, issuer, field, year and status and finds them by number or by words, with or without marks. Every change shows
 * on citizens' pages.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class LegalDocuments {

    public static final int MAX_FILES = 10;
    private static final int MAX_WORDS = 6;

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    @Inject
    Event<Activity> activities;

    public LegalDocument register(DocumentForm form, String by) {
        Instant now = Instant.now();
        LegalDocument document = new LegalDocument(form.number(), form.type(), form.issuer(), form.signer(),
                form.field(), form.summary(), form.issuedOn(), form.effectiveOn(), form.expiresOn(), by, now);
        refuseTakenNumber(document.getNumberKey(), null);
        document.setSlug(SlugGenerator.firstFree(SlugGenerator.slugOf(document.getNumber(), "van-ban"),
                slug -> bySlug(slug).isPresent()).value());
        document.index("");
        em.persist(document);
        em.flush();
        activities.fire(new Activity("document.registered", document.getNumber(), true));
        return document;
    }

    /** The registrar's corrections; the address stays what it was, so links already given keep working. */
    public LegalDocument update(long id, DocumentForm form) {
        LegalDocument document = editable(id);
        document.describe(form.number(), form.type(), form.issuer(), form.signer(), form.field(), form.summary(),
                form.issuedOn(), form.effectiveOn(), form.expiresOn(), Instant.now());
        refuseTakenNumber(document.getNumberKey(), id);
        document.index(filesText(id));
        activities.fire(new Activity("document.updated", document.getNumber(), true));
        return document;
    }

    /** Replaced by the document numbered {@code replacingNumber} of this province; blank: in force again. */
    public LegalDocument replace(long id, String replacingNumber) {
        LegalDocument document = editable(id);
        LegalDocument replacing = null;
        if (replacingNumber != null && !replacingNumber.isBlank()) {
            String key = DocumentNumber.key(DocumentNumber.tidy(replacingNumber));
            replacing = byNumberKey(key).orElseThrow(() -> InvalidInput.of("document.not-found"));
        }
        document.replaceWith(replacing, Instant.now());
        activities.fire(new Activity(replacing == null ? "document.in-force" : "document.replaced",
                document.getNumber() + (replacing == null ? "" : " → " + replacing.getNumber()), true));
        return document;
    }

    /** A file checked by its content; its text joins what the document is found by. Nothing is kept on a refusal. */
    public DocumentFileSummary attach(long id, String fileName, byte[] bytes, String by) {
        LegalDocument document = editable(id);
        if (files(id).size() >= MAX_FILES) {
            throw InvalidInput.of("document.too-many-files", MAX_FILES);
        }
        AttachmentCheck.Checked checked = AttachmentCheck.check(fileName, bytes);
        DocumentFile file = new DocumentFile(id, checked.fileName(), checked.contentType(), bytes, Sha256.hex(bytes),
                checked.text(), by, Instant.now());
        em.persist(file);
        em.flush();
        document.index(filesText(id));
        activities.fire(new Activity("document.file-attached", document.getNumber() + ": " + checked.fileName(), true));
        return new DocumentFileSummary(file.getId(), file.getFileName(), file.getContentType(), file.getSizeBytes());
    }

    /**
     * A file whose text was read elsewhere (the demo's own files): stored as given, for a caller that has checked it.
     */
    public void attachChecked(long id, String fileName, String contentType, byte[] bytes, String text, String by) {
        em.persist(new DocumentFile(id, fileName, contentType, bytes, Sha256.hex(bytes), text, by, Instant.now()));
        em.flush();
        get(id).index(filesText(id));
    }

    public void removeFile(long id, long fileId) {
        LegalDocument document = editable(id);
        DocumentFile file = file(id, fileId).orElseThrow(() -> InvalidInput.of("document.not-found"));
        em.remove(file);
        em.flush();
        document.index(filesText(id));
        activities.fire(new Activity("document.file-removed", document.getNumber() + ": " + file.getFileName(), true));
    }

    /** A document of this province it may change: a copy the ministry sent is refused, naming who issued it. */
    private LegalDocument editable(long id) {
        LegalDocument document = get(id);
        if (document.isSyndicated()) {
            throw InvalidInput.of("document.syndicated", document.getOrigin());
        }
        return document;
    }

    public LegalDocument get(long id) {
        return Optional.ofNullable(em.find(LegalDocument.class, id)).orElseThrow(() -> InvalidInput.of("document.not-found"));
    }

    public Optional<LegalDocument> bySlug(String slug) {
        return em.createNamedQuery(LegalDocument.BY_SLUG, LegalDocument.class).setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    public List<DocumentFileSummary> files(long id) {
        return em.createNamedQuery(DocumentFile.SUMMARIES, DocumentFileSummary.class).setParameter("document", id)
                .getResultList();
    }

    /** A file of the document, bytes and all; empty for another document's or another province's. */
    public Optional<DocumentFile> file(long documentId, long fileId) {
        return Optional.ofNullable(em.find(DocumentFile.class, fileId)).filter(f -> f.getDocumentId() == documentId);
    }

    /** A file of this province's registry by its number alone (the portal's download address). */
    public Optional<DocumentFile> file(long fileId) {
        return Optional.ofNullable(em.find(DocumentFile.class, fileId));
    }

    /** The years documents were issued in, newest first: what the year filter offers. */
    public List<Integer> years() {
        Object[] range = em.createQuery("SELECT MIN(d.issuedOn), MAX(d.issuedOn) FROM LegalDocument d", Object[].class)
                .getSingleResult();
        if (range[0] == null) {
            return List.of();
        }
        int first = ((LocalDate) range[0]).getYear();
        int last = ((LocalDate) range[1]).getYear();
        List<Integer> years = new ArrayList<>();
        for (int year = last; year >= first && years.size() < 60; year--) {
            years.add(year);
        }
        return years;
    }

    /** The documents {@code document} replaced, newest first. */
    public List<LegalDocument> replacedBy(LegalDocument document) {
        return em.createNamedQuery(LegalDocument.REPLACING, LegalDocument.class).setParameter("document", document)
                .getResultList();
    }

    public List<String> issuers() {
        return em.createNamedQuery(LegalDocument.ISSUERS, String.class).getResultList();
    }

    public List<String> fields() {
        return em.createNamedQuery(LegalDocument.FIELDS, String.class).getResultList();
    }

    /** The registry narrowed by {@code query} on {@code today}, newest issued first. */
    public List<LegalDocument> search(DocumentQuery query, LocalDate today, int first, int max) {
        StringBuilder jpql = new StringBuilder("SELECT d FROM LegalDocument d WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (query.type() != null) {
            jpql.append(" AND d.type = :type");
            parameters.put("type", query.type());
        }
        if (query.issuer() != null && !query.issuer().isBlank()) {
            jpql.append(" AND d.issuer = :issuer");
            parameters.put("issuer", Nfc.normalize(query.issuer()).strip());
        }
        if (query.field() != null && !query.field().isBlank()) {
            jpql.append(" AND d.field = :field");
            parameters.put("field", Nfc.normalize(query.field()).strip());
        }
        if (query.year() != null) {
            jpql.append(" AND d.issuedOn >= :from AND d.issuedOn < :to");
            parameters.put("from", LocalDate.of(query.year(), 1, 1));
            parameters.put("to", LocalDate.of(query.year() + 1, 1, 1));
        }
        if (query.status() != null) {
            jpql.append(switch (query.status()) {
                case REPLACED -> " AND d.replacedBy IS NOT NULL";
                case NOT_YET -> " AND d.replacedBy IS NULL AND d.effectiveOn > :today";
                case EXPIRED -> " AND d.replacedBy IS NULL AND d.expiresOn <= :today";
                case IN_FORCE -> " AND d.replacedBy IS NULL AND d.effectiveOn <= :today "
                        + "AND (d.expiresOn IS NULL OR d.expiresOn > :today)";
            });
            if (query.status() != vn.provportal.document.entity.DocumentStatus.REPLACED) {
                parameters.put("today", today);
            }
        }
        List<String> words = words(query.words());
        for (int i = 0; i < words.size(); i++) {
            jpql.append(" AND d.searchText LIKE :w").append(i).append(" ESCAPE '\\'");
            parameters.put("w" + i, "%" + words.get(i).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        jpql.append(" ORDER BY d.issuedOn DESC, d.id DESC");
        TypedQuery<LegalDocument> typed = em.createQuery(jpql.toString(), LegalDocument.class);
        parameters.forEach(typed::setParameter);
        return typed.setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** The words typed, folded as the stored text is: lower case, no marks, đ → d; at most six. */
    static List<String> words(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        String folded = Snippet.fold(Nfc.normalize(typed.strip()));
        List<String> words = new ArrayList<>(Arrays.stream(folded.split("[\\s,;\"]+")).filter(w -> !w.isBlank())
                .map(w -> w.length() > 60 ? w.substring(0, 60) : w).distinct().toList());
        return words.subList(0, Math.min(MAX_WORDS, words.size()));
    }

    private Optional<LegalDocument> byNumberKey(String key) {
        return em.createNamedQuery(LegalDocument.BY_NUMBER_KEY, LegalDocument.class).setParameter("key", key)
                .getResultStream().findFirst();
    }

    private void refuseTakenNumber(String key, Long own) {
        byNumberKey(key).filter(other -> !other.getId().equals(own)).ifPresent(other -> {
            throw InvalidInput.of("document.number-taken", other.getNumber(), other.getSummary().length() > 80
                    ? other.getSummary().substring(0, 80) + "…" : other.getSummary());
        });
    }

    private String filesText(long id) {
        return String.join(" ", em.createNamedQuery(DocumentFile.TEXTS, String.class).setParameter("document", id)
                .getResultList());
    }
}
