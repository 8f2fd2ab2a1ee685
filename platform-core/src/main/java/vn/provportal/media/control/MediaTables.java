package vn.provportal.media.control;

import java.util.List;
import vn.provportal.archive.control.ProvinceTable;
import vn.provportal.archive.control.ProvinceTables;

/** The media library: originals and their scaled copies, bytes and all. */
public final class MediaTables implements ProvinceTables {

    @Override
    public List<ProvinceTable> tables() {
        return List.of(ProvinceTable.of("media_file"), ProvinceTable.of("media_derivative"));
    }
}
