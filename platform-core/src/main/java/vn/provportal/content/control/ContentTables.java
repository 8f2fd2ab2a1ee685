package vn.provportal.content.control;

import java.util.List;
import vn.provportal.archive.control.ProvinceTable;
import vn.provportal.archive.control.ProvinceTables;

/** Categories, articles with their images, revisions and autosaved text; preview links stay with the original. */
public final class ContentTables implements ProvinceTables {

    @Override
    public List<ProvinceTable> tables() {
        return List.of(ProvinceTable.of("category"),
                ProvinceTable.of("article").refers("category_id", "category"),
                ProvinceTable.of("article_image").refers("article_id", "article"),
                ProvinceTable.of("article_revision").refers("article_id", "article"),
                ProvinceTable.of("article_autosave").refers("article_id", "article").refers("category_id", "category"),
                ProvinceTable.of("preview_link").refers("article_id", "article").notCopied());
    }
}
