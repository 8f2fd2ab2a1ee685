package vn.provportal.content.control;

import java.util.List;
import vn.provportal.archive.control.ProvinceTable;
import vn.provportal.archive.control.ProvinceTables;
import vn.provportal.content.entity.Article;
import vn.provportal.merge.control.MergeSql;
import vn.provportal.merge.control.MergeStep;

/**
 * Categories, articles with their images, revisions and autosaved text; preview links stay with the original. In a
 * merge, categories map onto the joined province's (same address or same name, with a 301) or move; articles move with
 * a history label ("Trước sắp xếp: …"), a clashing address renamed with a 301; autosaved text stays with the absorbed
 * province.
 */
public final class ContentTables implements ProvinceTables {

    @Override
    public List<ProvinceTable> tables() {
        return List.of(ProvinceTable.of("category").mergedBy(ContentTables::mergeCategories),
                ProvinceTable.of("article").refers("category_id", "category").mergedBy(ContentTables::mergeArticles),
                ProvinceTable.of("article_image").refers("article_id", "article"),
                ProvinceTable.of("article_revision").refers("article_id", "article"),
                ProvinceTable.of("article_autosave").refers("article_id", "article").refers("category_id", "category")
                        .mergedBy(MergeStep.KEEP),
                ProvinceTable.of("preview_link").refers("article_id", "article").notCopied());
    }

    static void mergeCategories(MergeSql sql, String table) {
        for (Object[] mapping : sql.categoryMappings()) {
            String from = (String) mapping[0];
            String onto = (String) mapping[2];
            if (onto != null) {
                sql.update("UPDATE article a JOIN category s ON s.id = a.category_id AND s.tenant_id = ? AND s.slug = ? "
                        + "JOIN category t ON t.tenant_id = ? AND t.slug = ? SET a.category_id = t.id WHERE a.tenant_id = ?",
                        sql.source(), from, sql.target(), onto, sql.source());
                sql.update("DELETE FROM category WHERE tenant_id = ? AND slug = ?", sql.source(), from);
                if (!from.equals(onto)) {
                    sql.redirect("/chuyen-muc/" + from, "/chuyen-muc/" + onto);
                }
            }
        }
        sql.move(table);
    }

    static void mergeArticles(MergeSql sql, String table) {
        sql.renameClashes(table, Article.PATH);
        sql.update("UPDATE article SET history_label = ? WHERE tenant_id = ? AND history_label IS NULL",
                "Trước sắp xếp: " + sql.sourceName(), sql.source());
        sql.move(table);
    }
}
