package vn.provportal.stats.control;

import java.util.List;
import vn.provportal.archive.control.ProvinceTable;
import vn.provportal.archive.control.ProvinceTables;
import vn.provportal.merge.control.MergeStep;

/** Statistics of dossiers and satisfaction, and citizens' votes. */
public final class StatsTables implements ProvinceTables {

    @Override
    public List<ProvinceTable> tables() {
        return List.of(// a merged province's statistics stay under it, as labelled history
                ProvinceTable.of("stats_processing").mergedBy(MergeStep.KEEP),
                ProvinceTable.of("stats_satisfaction").mergedBy(MergeStep.KEEP),
                ProvinceTable.of("satisfaction_vote").mergedBy(MergeStep.KEEP));
    }
}
