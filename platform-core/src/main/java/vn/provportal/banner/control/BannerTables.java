package vn.provportal.banner.control;

import java.util.List;
import vn.provportal.archive.control.ProvinceTable;
import vn.provportal.archive.control.ProvinceTables;

/** Banners ("Thông tin tuyên truyền"). */
public final class BannerTables implements ProvinceTables {

    @Override
    public List<ProvinceTable> tables() {
        return List.of(ProvinceTable.of("banner").mergedBy((sql, table) -> sql.update(
                "UPDATE banner SET tenant_id = ?, position = position + 1000 WHERE tenant_id = ?", sql.target(), sql.source())));
    }
}
