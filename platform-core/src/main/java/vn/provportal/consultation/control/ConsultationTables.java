package vn.provportal.consultation.control;

import java.util.List;
import vn.provportal.archive.control.ProvinceTable;
import vn.provportal.archive.control.ProvinceTables;

/** Draft consultations and the opinions received. */
public final class ConsultationTables implements ProvinceTables {

    @Override
    public List<ProvinceTable> tables() {
        return List.of(// at their addresses or, where the joined province has one of the same name, with the absorbed province's code
                ProvinceTable.of("consultation").mergedBy((sql, table) -> {
                    sql.renameClashes(table, "/gop-y-du-thao/");
                    sql.move(table);
                }),
                ProvinceTable.of("consultation_opinion").refers("consultation_id", "consultation"));
    }
}
