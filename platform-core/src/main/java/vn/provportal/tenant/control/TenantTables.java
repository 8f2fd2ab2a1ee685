package vn.provportal.tenant.control;

import java.util.List;
import vn.provportal.archive.control.ProvinceTable;
import vn.provportal.archive.control.ProvinceTables;
import vn.provportal.merge.control.MergeStep;

/** The province itself and its hostnames (a copy under a new code gets no hostname: they answer for the original). */
public final class TenantTables implements ProvinceTables {

    @Override
    public List<ProvinceTable> tables() {
        return List.of(ProvinceTable.byCode("tenant", "code"),
                ProvinceTable.of("tenant_hostname").selectedBy("tenant_ref IN (SELECT id FROM tenant WHERE code = ?)")
                        .withoutId().refers("tenant_ref", "tenant").notCopied()
                        // the absorbed province's hostnames keep answering, with a 301 to its new home
                        .mergedBy(MergeStep.KEEP));
    }
}
