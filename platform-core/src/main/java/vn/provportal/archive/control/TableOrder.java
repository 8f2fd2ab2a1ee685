package vn.provportal.archive.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Tables in an order where each comes after the tables it refers to (a tree's reference to itself aside). */
final class TableOrder {

    private TableOrder() {
    }

    static List<ProvinceTable> of(List<ProvinceTable> tables) {
        Map<String, ProvinceTable> byName = new LinkedHashMap<>();
        for (ProvinceTable table : tables) {
            if (byName.put(table.name(), table) != null) {
                throw new IllegalStateException("two features claim the table " + table.name());
            }
        }
        List<ProvinceTable> ordered = new ArrayList<>();
        Map<String, Boolean> visiting = new LinkedHashMap<>();
        for (ProvinceTable table : byName.values()) {
            visit(table, byName, visiting, ordered);
        }
        return ordered;
    }

    private static void visit(ProvinceTable table, Map<String, ProvinceTable> byName, Map<String, Boolean> state,
            List<ProvinceTable> ordered) {
        Boolean done = state.get(table.name());
        if (Boolean.TRUE.equals(done)) {
            return;
        }
        if (Boolean.FALSE.equals(done)) {
            throw new IllegalStateException("tables refer to each other in a circle through " + table.name());
        }
        state.put(table.name(), false);
        for (String referred : table.references().values()) {
            if (!referred.equals(table.name())) {
                ProvinceTable other = byName.get(referred);
                if (other == null) {
                    throw new IllegalStateException(table.name() + " refers to " + referred + ", which no feature claims");
                }
                visit(other, byName, state, ordered);
            }
        }
        state.put(table.name(), true);
        ordered.add(table);
    }
}
