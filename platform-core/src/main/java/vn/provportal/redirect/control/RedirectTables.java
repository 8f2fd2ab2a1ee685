package vn.provportal.redirect.control;

import java.util.List;
import vn.provportal.archive.control.ProvinceTable;
import vn.provportal.archive.control.ProvinceTables;

/** Old addresses and where they lead now, so old links keep working after a restore. */
public final class RedirectTables implements ProvinceTables {

    @Override
    public List<ProvinceTable> tables() {
        return List.of(ProvinceTable.of("redirect"));
    }
}
