package vn.provportal.inbox.control;

import java.util.List;
import vn.provportal.archive.control.ProvinceTable;
import vn.provportal.archive.control.ProvinceTables;
import vn.provportal.merge.control.MergeStep;

/** Editors' notifications and what each has seen. */
public final class InboxTables implements ProvinceTables {

    @Override
    public List<ProvinceTable> tables() {
        return List.of(ProvinceTable.of("notification").refers("article_id", "article").mergedBy(MergeStep.KEEP),
                ProvinceTable.of("notification_seen").mergedBy(MergeStep.KEEP));
    }
}
