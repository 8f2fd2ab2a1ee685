package vn.provportal.widget.control;

import java.util.List;
import vn.provportal.archive.control.ProvinceTable;
import vn.provportal.archive.control.ProvinceTables;
import vn.provportal.merge.control.MergeStep;

/** Where the portal's widgets stand; a merge keeps the joined province's layout. */
public final class WidgetTables implements ProvinceTables {

    @Override
    public List<ProvinceTable> tables() {
        return List.of(ProvinceTable.of("widget_placement").mergedBy(MergeStep.DROP));
    }
}
