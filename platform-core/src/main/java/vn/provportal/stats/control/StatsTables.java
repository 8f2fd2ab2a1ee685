package vn.provportal.stats.control;

import java.util.List;
import vn.provportal.archive.control.ProvinceTable;
import vn.provportal.archive.control.ProvinceTables;

/** Statistics of dossiers and satisfaction, and citizens' votes. */
public final class StatsTables implements ProvinceTables {

    @Override
    public List<ProvinceTable> tables() {
        return List.of(ProvinceTable.of("stats_processing"), ProvinceTable.of("stats_satisfaction"),
                ProvinceTable.of("satisfaction_vote"));
    }
}
