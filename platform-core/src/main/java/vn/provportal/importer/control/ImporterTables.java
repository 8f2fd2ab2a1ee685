package vn.provportal.importer.control;

import java.util.List;
import vn.provportal.archive.control.ProvinceTable;
import vn.provportal.archive.control.ProvinceTables;
import vn.provportal.merge.control.MergeStep;

/** Imports from the old site: staged uploads, their images, and what each imported item became. */
public final class ImporterTables implements ProvinceTables {

    @Override
    public List<ProvinceTable> tables() {
        return List.of(// imports stay with the province that made them
                ProvinceTable.of("import_batch").mergedBy(MergeStep.KEEP),
                ProvinceTable.of("import_image").refers("batch_id", "import_batch").mergedBy(MergeStep.KEEP),
                ProvinceTable.of("imported_item").refers("article_id", "article").refers("batch_id", "import_batch")
                        .mergedBy(MergeStep.KEEP));
    }
}
