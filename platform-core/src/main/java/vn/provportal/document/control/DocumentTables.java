package vn.provportal.document.control;

import java.util.List;
import vn.provportal.archive.control.ProvinceTable;
import vn.provportal.archive.control.ProvinceTables;

/** The legal documents registry and its files. */
public final class DocumentTables implements ProvinceTables {

    @Override
    public List<ProvinceTable> tables() {
        return List.of(ProvinceTable.of("legal_document").refers("replaced_by", "legal_document"),
                ProvinceTable.of("legal_document_file").refers("document_id", "legal_document"));
    }
}
