package vn.provportal.apikey.control;

import java.util.List;
import vn.provportal.archive.control.ProvinceTable;
import vn.provportal.archive.control.ProvinceTables;

/** API keys (their hashes only); a copy under a new code gets none, a key names the original. */
public final class ApiKeyTables implements ProvinceTables {

    @Override
    public List<ProvinceTable> tables() {
        return List.of(ProvinceTable.byCode("api_key", "tenant_code").notCopied());
    }
}
