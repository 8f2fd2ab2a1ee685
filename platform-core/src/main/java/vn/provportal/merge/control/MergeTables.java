package vn.provportal.merge.control;

import java.util.List;
import vn.provportal.archive.control.ProvinceTable;
import vn.provportal.archive.control.ProvinceTables;

/** The record of this province's merge into another, if it was absorbed. */
public final class MergeTables implements ProvinceTables {

    @Override
    public List<ProvinceTable> tables() {
        return List.of(ProvinceTable.byCode("tenant_merge", "source_code"));
    }
}
