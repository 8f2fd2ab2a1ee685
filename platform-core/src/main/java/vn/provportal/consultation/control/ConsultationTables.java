package vn.provportal.consultation.control;

import java.util.List;
import vn.provportal.archive.control.ProvinceTable;
import vn.provportal.archive.control.ProvinceTables;

/** Draft consultations and the opinions received. */
public final class ConsultationTables implements ProvinceTables {

    @Override
    public List<ProvinceTable> tables() {
        return List.of(ProvinceTable.of("consultation"), ProvinceTable.of("consultation_opinion").refers("consultation_id", "consultation"));
    }
}
