package vn.provportal.comment.control;

import java.util.List;
import vn.provportal.archive.control.ProvinceTable;
import vn.provportal.archive.control.ProvinceTables;

/** Citizens' comments on articles. */
public final class CommentTables implements ProvinceTables {

    @Override
    public List<ProvinceTable> tables() {
        return List.of(ProvinceTable.of("article_comment").refers("article_id", "article"));
    }
}
