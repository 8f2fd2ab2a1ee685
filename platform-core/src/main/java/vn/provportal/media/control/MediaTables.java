package vn.provportal.media.control;

import java.util.List;
import vn.provportal.archive.control.ProvinceTable;
import vn.provportal.archive.control.ProvinceTables;
import vn.provportal.merge.control.MergeSql;

/**
 * The media library: originals and their scaled copies, bytes and all. In a merge an image both provinces hold (same
 * SHA-256) is kept once, the joined province's; the others move.
 */
public final class MediaTables implements ProvinceTables {

    @Override
    public List<ProvinceTable> tables() {
        return List.of(ProvinceTable.of("media_file").mergedBy(MediaTables::mergeMedia), ProvinceTable.of("media_derivative"));
    }

    static void mergeMedia(MergeSql sql, String table) {
        String duplicate = " s WHERE s.tenant_id = ? AND EXISTS (SELECT 1 FROM media_file t WHERE t.tenant_id = ? AND t.sha256 = s.sha256)";
        sql.update("DELETE s FROM media_derivative" + duplicate, sql.source(), sql.target());
        sql.update("DELETE s FROM media_file" + duplicate, sql.source(), sql.target());
        sql.move(table);
    }
}
