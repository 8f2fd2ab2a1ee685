package vn.provportal.question.control;

import java.util.List;
import vn.provportal.archive.control.ProvinceTable;
import vn.provportal.archive.control.ProvinceTables;
import vn.provportal.question.entity.Question;

/** Citizens' questions; a copy under a new code gets new tracking codes (unique across the platform). */
public final class QuestionTables implements ProvinceTables {

    @Override
    public List<ProvinceTable> tables() {
        return List.of(ProvinceTable.of("question").freshOnCopy("tracking_code", Question::newTrackingCode));
    }
}
