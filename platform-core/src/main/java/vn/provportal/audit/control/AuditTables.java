package vn.provportal.audit.control;

import java.util.List;
import vn.provportal.archive.control.ProvinceTable;
import vn.provportal.archive.control.ProvinceTables;

/** The province's lines of the audit log, so its history comes back with it. */
public final class AuditTables implements ProvinceTables {

    @Override
    public List<ProvinceTable> tables() {
        return List.of(ProvinceTable.byCode("audit_log", "tenant_code"));
    }
}
