package vn.provportal.importer.control;

import java.util.List;
import vn.provportal.archive.control.ProvinceTable;
import vn.provportal.archive.control.ProvinceTables;

/** Imports from the old site: staged uploads, their images, and what each imported item became. */
public final class ImporterTables implements ProvinceTables {

    @Override
    public List<ProvinceTable> tables() {
        return List.of(ProvinceTable.of("import_batch"), ProvinceTable.of("import_image").refers("batch_id", "import_batch"),
                ProvinceTable.of("imported_item").refers("article_id", "article").refers("batch_id", "import_batch"));
    }
}
