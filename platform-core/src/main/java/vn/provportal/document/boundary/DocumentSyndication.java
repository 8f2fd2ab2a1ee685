package vn.provportal.document.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.provportal.content.control.SlugGenerator;
import vn.provportal.document.control.AttachmentCheck;
import vn.provportal.document.entity.DocumentForm;
import vn.provportal.document.entity.LegalDocument;
import vn.provportal.platform.Activity;
import vn.provportal.platform.InvalidInput;
import vn.provportal.platform.Sha256;
import vn.provportal.syndication.boundary.Syndication;
import vn.provportal.tenant.entity.Tenant;
import vn.provportal.tenant.entity.TenantStatus;

/**
 * Legal documents the ministry issues once to all or chosen active provinces' registries, in one transaction, as it
 * syndicates articles: each copy is the same document with its file, says it was sent by the ministry, is found by its
 * number and words like the province's own, and is locked — the province cannot change it; the ministry withdraws every
 * copy at once, its addresses then leading to each registry. A province that already holds a document with the same
 * number keeps its own and is named as skipped.
 */
@ApplicationScoped
@Transactional
public class DocumentSyndication {

    private static final String NATIVE = "eclipselink.jdbc.allow-native-sql-query";

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    @Inject
    Event<Activity> activities;

    /** What a push did: the key shared by the copies, how many provinces got one, which kept their own. */
    public record Pushed(String key, int copies, List<String> skipped) {
    }

    public Pushed push(DocumentForm form, String fileName, byte[] bytes, List<String> provinces, String by) {
        Instant now = Instant.now();
        LegalDocument document = new LegalDocument(form.number(), form.type(), form.issuer(), form.signer(), form.field(),
                form.summary(), form.issuedOn(), form.effectiveOn(), form.expiresOn(), by, now);
        AttachmentCheck.Checked file = bytes == null || bytes.length == 0 ? null : AttachmentCheck.check(fileName, bytes);
        document.index(file == null ? "" : file.text());
        List<Tenant> targets = em.createNamedQuery(Tenant.ALL, Tenant.class).getResultList().stream()
                .filter(t -> t.getStatus() == TenantStatus.ACTIVE)
                .filter(t -> provinces.isEmpty() || provinces.contains(t.getCode().value())).toList();
        if (targets.isEmpty()) {
            throw InvalidInput.of("syndication.no-active-province-chosen");
        }
        String key = UUID.randomUUID().toString();
        String slug = SlugGenerator.slugOf(document.getNumber(), "van-ban").value();
        List<String> skipped = new ArrayList<>();
        for (Tenant province : targets) {
            String code = province.getCode().value();
            if (count("SELECT COUNT(*) FROM legal_document WHERE tenant_id = ? AND number_key = ?", code,
                    document.getNumberKey()) > 0) {
                skipped.add(province.getNameVi());
                continue;
            }
            boolean slugTaken = count("SELECT COUNT(*) FROM legal_document WHERE tenant_id = ? AND slug = ?", code, slug) > 0;
            insertCopy(document, code, slugTaken ? slug + "-" + key.substring(0, 8) : slug, key, now);
            if (file != null) {
                insertFile(file, bytes, code, document.getNumberKey(), by, now);
            }
        }
        if (skipped.size() == targets.size()) {
            throw InvalidInput.of("syndication.document-taken");
        }
        int copies = targets.size() - skipped.size();
        activities.fire(new Activity("syndication.document-pushed", document.getNumber() + " → " + copies + " tỉnh"));
        return new Pushed(key, copies, List.copyOf(skipped));
    }

    /** Deletes every copy at once; each copy's address then leads to its province's registry. */
    public int withdraw(String key, String by) {
        em.createNativeQuery("INSERT INTO redirect (tenant_id, old_path, new_path, created_at) SELECT tenant_id, "
                + "CONCAT('/van-ban/', slug), '/van-ban', ? FROM legal_document WHERE syndication_key = ? "
                + "ON DUPLICATE KEY UPDATE new_path = '/van-ban'").setParameter(1, Timestamp.from(Instant.now()))
                .setParameter(2, key).setHint(NATIVE, true).executeUpdate();
        String number = String.valueOf(em.createNativeQuery("SELECT MIN(number) FROM legal_document WHERE syndication_key = ?")
                .setParameter(1, key).setHint(NATIVE, true).getSingleResult());
        int count = em.createNativeQuery("DELETE FROM legal_document WHERE syndication_key = ?").setParameter(1, key)
                .setHint(NATIVE, true).executeUpdate();
        em.getEntityManagerFactory().getCache().evictAll();
        activities.fire(new Activity("syndication.document-withdrawn", number + ": " + count + " bản"));
        return count;
    }

    /** The documents sent, newest first: key, number, summary, copies, when. */
    @SuppressWarnings("unchecked")
    public List<Object[]> recent(int max) {
        return em.createNativeQuery("SELECT syndication_key, MIN(number), MIN(summary), COUNT(*), MIN(created_at) "
                + "FROM legal_document WHERE syndication_key IS NOT NULL GROUP BY syndication_key "
                + "ORDER BY MIN(created_at) DESC LIMIT ?").setParameter(1, max).setHint(NATIVE, true).getResultList();
    }

    private void insertCopy(LegalDocument d, String code, String slug, String key, Instant now) {
        Timestamp at = Timestamp.from(now);
        em.createNativeQuery("INSERT INTO legal_document (tenant_id, slug, number, number_key, doc_type, issuer, signer, field, "
                + "summary, issued_on, effective_on, expires_on, search_text, created_by, created_at, updated_at, version, "
                + "origin, syndication_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)")
                .setParameter(1, code).setParameter(2, slug).setParameter(3, d.getNumber()).setParameter(4, d.getNumberKey())
                .setParameter(5, d.getType().name()).setParameter(6, d.getIssuer()).setParameter(7, d.getSigner())
                .setParameter(8, d.getField()).setParameter(9, d.getSummary()).setParameter(10, java.sql.Date.valueOf(d.getIssuedOn()))
                .setParameter(11, java.sql.Date.valueOf(d.getEffectiveOn()))
                .setParameter(12, d.getExpiresOn() == null ? null : java.sql.Date.valueOf(d.getExpiresOn()))
                .setParameter(13, d.getSearchText()).setParameter(14, d.getCreatedBy()).setParameter(15, at).setParameter(16, at)
                .setParameter(17, Syndication.ORIGIN).setParameter(18, key).setHint(NATIVE, true).executeUpdate();
    }

    private void insertFile(AttachmentCheck.Checked file, byte[] bytes, String code, String numberKey, String by, Instant now) {
        em.createNativeQuery("INSERT INTO legal_document_file (tenant_id, document_id, file_name, content_type, size_bytes, "
                + "sha256, bytes, text, created_by, created_at) SELECT tenant_id, id, ?, ?, ?, ?, ?, ?, ?, ? FROM legal_document "
                + "WHERE tenant_id = ? AND number_key = ?")
                .setParameter(1, file.fileName()).setParameter(2, file.contentType()).setParameter(3, (long) bytes.length)
                .setParameter(4, Sha256.hex(bytes)).setParameter(5, bytes).setParameter(6, file.text()).setParameter(7, by)
                .setParameter(8, Timestamp.from(now)).setParameter(9, code).setParameter(10, numberKey).setHint(NATIVE, true)
                .executeUpdate();
    }

    private long count(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql).setHint(NATIVE, true);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}
