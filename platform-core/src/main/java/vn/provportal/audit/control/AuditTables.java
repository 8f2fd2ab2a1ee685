package vn.provportal.audit.control;

import java.util.List;
import vn.provportal.archive.control.ProvinceTable;
import vn.provportal.archive.control.ProvinceTables;

/** The province's lines of the audit log, so its history comes back with it. */
public final class AuditTables implements ProvinceTables {

    @Override
    public List<ProvinceTable> tables() {
        return List.of(// the ministry's record of what was done: it outlives an erased province (its addresses go by retention)
                ProvinceTable.byCode("audit_log", "tenant_code").keptOnErase());
    }
}
