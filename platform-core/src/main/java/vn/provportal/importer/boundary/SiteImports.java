package vn.provportal.importer.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.provportal.content.entity.Article;
import vn.provportal.content.entity.Category;
import vn.provportal.importer.control.ArticleImport;
import vn.provportal.importer.control.BodyImport;
import vn.provportal.importer.control.FeedReader;
import vn.provportal.importer.control.ImageArchive;
import vn.provportal.importer.control.ImportPlanner;
import vn.provportal.importer.control.WxrReader;
import vn.provportal.importer.entity.BatchSummary;
import vn.provportal.importer.entity.ImportBatch;
import vn.provportal.importer.entity.ImportImage;
import vn.provportal.importer.entity.ImportPlan;
import vn.provportal.importer.entity.ImportedArticle;
import vn.provportal.importer.entity.ImportedItem;
import vn.provportal.redirect.entity.Redirect;
import vn.provportal.importer.entity.SiteExport;
import vn.provportal.media.control.UploadCheck;
import vn.provportal.platform.Activity;
import vn.provportal.platform.InvalidInput;
import vn.provportal.platform.persistence.TenantScoped;

/**
 * The current province's imports from its old site: an upload staged (read and checked whole, its images kept), its dry
 * run, then the import — in one transaction, so an import is stored whole or not at all. Another province's batch is not
 * found.
 */
@ApplicationScoped
@Transactional
@TenantScoped
public class SiteImports {

    @PersistenceContext(unitName = "provportal")
    EntityManager em;

    @Inject
    ArticleImport articleImport;

    @Inject
    Event<Activity> activities;

    /** Reads and checks the upload; keeps it with the archive's images its posts show. Refused whole, with the reason. */
    public ImportBatch stage(String fileName, byte[] source, String archiveName, byte[] archive, String by) {
        SiteExport export = read(source);
        ImageArchive images = archive == null || archive.length == 0 ? ImageArchive.none() : ImageArchive.read(archive);
        ImportBatch batch = new ImportBatch(export.kind(), fileName, source, images.size() == 0 ? null : archiveName, by,
                Instant.now());
        em.persist(batch);
        em.flush();
        Set<String> shown = new LinkedHashSet<>();
        for (SiteExport.Post post : export.posts()) {
            BodyImport.of(post.bodyHtml(), images::find, export.images()).images().forEach(i -> shown.add(i.key()));
        }
        int kept = 0;
        for (String key : shown) {
            byte[] bytes = images.bytes(key);
            try {
                UploadCheck.probe(key, bytes);
                em.persist(new ImportImage(batch.getId(), key, bytes));
                kept++;
            } catch (InvalidInput notAnImage) {
                // left out: the dry run lists it among the images the archive lacks
            }
        }
        activities.fire(Activity.backOffice("import.staged", batch.getFileName() + ": " + export.posts().size() + " bài, "
                + kept + " ảnh"));
        return batch;
    }

    /** The dry run of a staged batch: what the import would store and skip, and why. Nothing is written. */
    public ImportPlan plan(long batchId) {
        ImportBatch batch = get(batchId);
        return plan(read(batch.getSource()), ImageArchive.holding(keys(batchId)));
    }

    /** Imports a staged batch as its dry run said; refused if it was imported already (by whom, when). */
    public int run(long batchId, String by) {
        ImportBatch batch = get(batchId);
        batch.requireStaged();
        SiteExport export = read(batch.getSource());
        Map<String, byte[]> staged = new HashMap<>();
        em.createNamedQuery(ImportImage.OF_BATCH, ImportImage.class).setParameter("batch", batchId).getResultList()
                .forEach(image -> staged.put(image.getKey(), image.getBytes()));
        ImageArchive images = ImageArchive.holding(staged);
        ImportPlan plan = plan(export, images);
        int count = articleImport.store(plan, images, batchId, by);
        batch.imported(count, by, Instant.now());
        em.createQuery("DELETE FROM ImportImage i WHERE i.batchId = :batch").setParameter("batch", batchId).executeUpdate();
        activities.fire(new Activity("import.done", batch.getFileName() + ": " + count + " bài, "
                + plan.redirectCount() + " địa chỉ cũ chuyển hướng 301"));
        return count;
    }

    /** A staged batch nobody will import: its upload and images dropped. An imported batch stays as the record. */
    public void discard(long batchId) {
        ImportBatch batch = get(batchId);
        batch.requireStaged();
        em.remove(batch);
        activities.fire(Activity.backOffice("import.discarded", batch.getFileName()));
    }

    /** The articles an import made, newest first, each with the old addresses that lead to it. */
    public List<ImportedArticle> imported(long batchId) {
        List<Object[]> rows = em.createNamedQuery(ImportedItem.ARTICLES_OF_BATCH, Object[].class)
                .setParameter("batch", batchId).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<String>> oldPaths = new HashMap<>();
        List<String> pages = rows.stream().map(r -> Article.PATH + r[1]).toList();
        em.createNamedQuery(Redirect.TO_PATHS, Redirect.class).setParameter("paths", pages).getResultList()
                .forEach(r -> oldPaths.computeIfAbsent(r.getNewPath(), p -> new ArrayList<>()).add(r.getOldPath()));
        return rows.stream().map(r -> new ImportedArticle((String) r[0], (String) r[1],
                oldPaths.getOrDefault(Article.PATH + r[1], List.of()).stream().sorted().toList())).toList();
    }

    public List<BatchSummary> batches() {
        return em.createNamedQuery(ImportBatch.SUMMARIES, BatchSummary.class).setMaxResults(50).getResultList();
    }

    public ImportBatch get(long batchId) {
        ImportBatch batch = em.find(ImportBatch.class, batchId);
        if (batch == null) {
            throw InvalidInput.of("import.no-batch");
        }
        return batch;
    }

    private ImportPlan plan(SiteExport export, ImageArchive images) {
        Map<String, String> categories = new LinkedHashMap<>();
        em.createNamedQuery(Category.ALL, Category.class).getResultList()
                .forEach(c -> categories.put(c.getSlug().value(), c.getName()));
        return ImportPlanner.plan(export, images::find, new ImportPlanner.Province(
                slug -> em.createNamedQuery(Article.COUNT_WITH_SLUG, Long.class).setParameter("slug", slug)
                        .getSingleResult() > 0,
                importedKeys(export), categories));
    }

    private Set<String> importedKeys(SiteExport export) {
        List<String> keys = export.posts().stream().map(p -> ImportedItem.keyOf(p.guid())).distinct().toList();
        Set<String> found = new HashSet<>();
        for (int from = 0; from < keys.size(); from += 500) {
            found.addAll(em.createNamedQuery(ImportedItem.KEYS_AMONG, String.class)
                    .setParameter("keys", keys.subList(from, Math.min(keys.size(), from + 500))).getResultList());
        }
        return found;
    }

    private Map<String, byte[]> keys(long batchId) {
        return em.createNamedQuery(ImportImage.KEYS, String.class).setParameter("batch", batchId).getResultStream()
                .collect(Collectors.toMap(k -> k, k -> new byte[0], (a, b) -> a));
    }

    /** A WordPress export when it says so, otherwise any RSS or Atom feed. */
    static SiteExport read(byte[] source) {
        try {
            return WxrReader.read(source);
        } catch (InvalidInput e) {
            if (!e.key().equals("import.not-wxr")) {
                throw e;
            }
            return FeedReader.read(source);
        }
    }
}
