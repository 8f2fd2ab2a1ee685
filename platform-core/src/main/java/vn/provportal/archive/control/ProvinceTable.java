package vn.provportal.archive.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.provportal.merge.control.MergeStep;

/**
 * One table a feature owns, as province-wide operations see it.
 *
 * @param name         the table
 * @param where        the SQL condition that selects one province's rows, with one {@code ?} for the province's code
 * @param codeColumns  the columns holding the province's code (rewritten when a province is restored under a new code)
 * @param autoId       whether {@code id} is generated: restored rows get new ids and references to them follow
 * @param references   column → the table whose {@code id} it holds (the same table for a tree)
 * @param copied       whether the rows come along when a province is restored beside the original under a new code
 *                     (hostnames, API keys and preview links identify the original and stay with it)
 * @param freshOnCopy  column → a new value for a copy, where the value must be unique across the platform
 * @param merge        what a merge of the province into another does with the rows (moves them by default; a table named
 *                     by a platform column keeps them)
 * @param erased       whether erasing the province deletes the rows (the ministry's audit log keeps its record)
 */
public record ProvinceTable(String name, String where, List<String> codeColumns, boolean autoId,
        Map<String, String> references, boolean copied, Map<String, Supplier<String>> freshOnCopy, MergeStep merge,
        boolean erased) {

    public ProvinceTable {
        references = Map.copyOf(references);
        freshOnCopy = Map.copyOf(freshOnCopy);
        codeColumns = List.copyOf(codeColumns);
    }

    /** A table with {@code tenant_id} and a generated {@code id}, the usual case. */
    public static ProvinceTable of(String name) {
        return new ProvinceTable(name, "tenant_id = ?", List.of("tenant_id"), true, Map.of(), true, Map.of(), MergeStep.MOVE, true);
    }

    /** A platform table that names the province in {@code column}. */
    public static ProvinceTable byCode(String name, String column) {
        return new ProvinceTable(name, column + " = ?", List.of(column), true, Map.of(), true, Map.of(), MergeStep.KEEP, true);
    }

    public ProvinceTable refers(String column, String table) {
        Map<String, String> more = new LinkedHashMap<>(references);
        more.put(column, table);
        return new ProvinceTable(name, where, codeColumns, autoId, more, copied, freshOnCopy, merge, erased);
    }

    public ProvinceTable selectedBy(String condition) {
        return new ProvinceTable(name, condition, List.of(), autoId, references, copied, freshOnCopy, merge, erased);
    }

    public ProvinceTable withoutId() {
        return new ProvinceTable(name, where, codeColumns, false, references, copied, freshOnCopy, merge, erased);
    }

    public ProvinceTable notCopied() {
        return new ProvinceTable(name, where, codeColumns, autoId, references, false, freshOnCopy, merge, erased);
    }

    public ProvinceTable freshOnCopy(String column, Supplier<String> value) {
        Map<String, Supplier<String>> more = new LinkedHashMap<>(freshOnCopy);
        more.put(column, value);
        return new ProvinceTable(name, where, codeColumns, autoId, references, copied, more, merge, erased);
    }

    public ProvinceTable mergedBy(MergeStep step) {
        return new ProvinceTable(name, where, codeColumns, autoId, references, copied, freshOnCopy, step, erased);
    }

    /** Rows that outlive the province: erasing it leaves them. */
    public ProvinceTable keptOnErase() {
        return new ProvinceTable(name, where, codeColumns, autoId, references, copied, freshOnCopy, merge, false);
    }

    /** Whether this table's rows are selected by a column naming the province (a count after a restore can check it). */
    boolean selectedByCode() {
        return !codeColumns.isEmpty() && where.equals(codeColumns.get(0) + " = ?");
    }
}
