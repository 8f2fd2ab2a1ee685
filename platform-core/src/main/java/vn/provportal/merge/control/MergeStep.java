package vn.provportal.merge.control;

/**
 * What becomes of a table's rows when one province is merged into another, said by the feature that owns the table
 * (through {@link vn.provportal.archive.control.ProvinceTable#mergedBy}). Steps run in the tables' order (a table after
 * those it refers to), all in the merge's one transaction.
 */
@FunctionalInterface
public interface MergeStep {

    void merge(MergeSql sql, String table);

    /** The rows go to the province merged into. */
    MergeStep MOVE = (sql, table) -> sql.move(table);

    /** The rows stay with the absorbed province (its addresses, its history, its hostnames). */
    MergeStep KEEP = (sql, table) -> { };

    /** The absorbed province's rows go: the joined province keeps its own (a menu, a layout). */
    MergeStep DROP = (sql, table) -> sql.update("DELETE FROM " + table + " WHERE tenant_id = ?", sql.source());
}
