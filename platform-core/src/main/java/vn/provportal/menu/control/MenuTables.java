package vn.provportal.menu.control;

import java.util.List;
import vn.provportal.archive.control.ProvinceTable;
import vn.provportal.archive.control.ProvinceTables;
import vn.provportal.merge.control.MergeStep;

/** The portal's menu, a tree whose items may lead to a category. */
public final class MenuTables implements ProvinceTables {

    @Override
    public List<ProvinceTable> tables() {
        return List.of(ProvinceTable.of("menu_item").refers("parent_id", "menu_item").refers("category_id", "category")
                .mergedBy((sql, table) -> {
                    // the joined province keeps its own menu
                    sql.update("UPDATE menu_item SET parent_id = NULL WHERE tenant_id = ?", sql.source());
                    MergeStep.DROP.merge(sql, table);
                }));
    }
}
