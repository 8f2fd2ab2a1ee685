package vn.provportal.archive.control;

import java.util.List;
import java.util.ServiceLoader;

/**
 * A feature's part in province-wide operations: the tables it owns, how a province's rows are found in them and what
 * they refer to. Each feature lists its implementation in {@code META-INF/services}, so the console (inside Payara) and
 * {@code ./deploy/province.sh} (a plain JVM) read the same list; a table no feature claims is caught by
 * {@code ProvinceArchiveIT}, which compares the list with the database's own.
 */
public interface ProvinceTables {

    List<ProvinceTable> tables();

    /** Every feature's tables, each after the tables it refers to: the order rows are written, restored and merged in. */
    static List<ProvinceTable> ordered() {
        return TableOrder.of(all());
    }

    /** Every feature's tables, from the class path of this module. */
    static List<ProvinceTable> all() {
        return ServiceLoader.load(ProvinceTables.class, ProvinceTables.class.getClassLoader()).stream()
                .flatMap(provider -> provider.get().tables().stream()).toList();
    }
}
