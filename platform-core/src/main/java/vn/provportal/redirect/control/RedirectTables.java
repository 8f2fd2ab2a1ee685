package vn.provportal.redirect.control;

import java.util.List;
import vn.provportal.archive.control.ProvinceTable;
import vn.provportal.archive.control.ProvinceTables;
import vn.provportal.merge.control.MergeStep;

/** Old addresses and where they lead now, so old links keep working after a restore. */
public final class RedirectTables implements ProvinceTables {

    @Override
    public List<ProvinceTable> tables() {
        return List.of(// the absorbed province's redirects stay under it: the portal consults them for its old addresses
                ProvinceTable.of("redirect").mergedBy(MergeStep.KEEP));
    }
}
