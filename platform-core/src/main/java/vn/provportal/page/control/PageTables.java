package vn.provportal.page.control;

import java.util.List;
import vn.provportal.archive.control.ProvinceTable;
import vn.provportal.archive.control.ProvinceTables;
import vn.provportal.merge.control.MergeSql;

/** Static pages in both languages. */
public final class PageTables implements ProvinceTables {

    @Override
    public List<ProvinceTable> tables() {
        return List.of(ProvinceTable.of("static_page").mergedBy(PageTables::mergePages));
    }

    /** A page whose address (in its language) the joined province uses gets the absorbed province's code after it. */
    static void mergePages(MergeSql sql, String table) {
        for (Object[] clash : sql.clashes(table, "language")) {
            String slug = (String) clash[0];
            String language = (String) clash[1];
            String prefix = "en".equals(language) ? "/en/" : "/trang/";
            sql.update("UPDATE static_page SET slug = ? WHERE tenant_id = ? AND language = ? AND slug = ?", sql.renamed(slug),
                    sql.source(), language, slug);
            sql.redirect(prefix + slug, prefix + sql.renamed(slug));
        }
        sql.move(table);
    }
}
