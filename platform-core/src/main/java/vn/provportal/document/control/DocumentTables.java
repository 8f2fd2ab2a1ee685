package vn.provportal.document.control;

import java.util.List;
import vn.provportal.archive.control.ProvinceTable;
import vn.provportal.archive.control.ProvinceTables;
import vn.provportal.merge.control.MergeSql;

/** The legal documents registry and its files. */
public final class DocumentTables implements ProvinceTables {

    @Override
    public List<ProvinceTable> tables() {
        return List.of(ProvinceTable.of("legal_document").refers("replaced_by", "legal_document").mergedBy(DocumentTables::mergeDocuments),
                ProvinceTable.of("legal_document_file").refers("document_id", "legal_document"));
    }

    /**
     * The registry moves whole. A number both provinces used (each its own UBND's decision 12/2025/QĐ-UBND) keeps both
     * documents: the moved one's address gets the absorbed province's code, with a 301 from the old one, and its number
     * key the same suffix, so the joined province's own document is the one a number names.
     */
    static void mergeDocuments(MergeSql sql, String table) {
        sql.renameClashes(table, "/van-ban/");
        sql.update("UPDATE legal_document s JOIN legal_document t ON t.tenant_id = ? AND t.number_key = s.number_key "
                + "SET s.number_key = CONCAT(s.number_key, '#', ?) WHERE s.tenant_id = ?", sql.target(), sql.source(), sql.source());
        sql.move(table);
    }
}
