package vn.provportal.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether the database and Keycloak know the same provinces. They drift apart when one of them loses its data
 * (a wiped database beside a kept Keycloak, a deleted Keycloak folder beside a kept database): then people can
 * sign in to provinces that have no portal, or provinces exist that nobody can administer. The launcher says
 * so and refuses to serve such a half-world.
 *
 * @param inDatabase provinces with a row in the database, whatever their status
 * @param inKeycloak sub-groups of {@code /tenants} in Keycloak
 * @param mayLackRow provinces Keycloak may know without a row: the realm import's demo provinces when the
 *                   demo is switched off
 */
record ProvincesInStep(Set<String> inDatabase, Set<String> inKeycloak, Set<String> mayLackRow) {

    List<String> problems() {
        return describe(noGroup(), noRow());
    }

    /**
     * What is out of step in this look and still, the same way, in a later one: the two sides are read one after
     * the other, so a province being provisioned at that moment (its group created, its row not yet committed)
     * can look half-made once; a side that lost its data looks so every time.
     */
    List<String> problemsStillIn(ProvincesInStep later) {
        Set<String> noGroup = noGroup();
        noGroup.retainAll(later.noGroup());
        Set<String> noRow = noRow();
        noRow.retainAll(later.noRow());
        return describe(noGroup, noRow);
    }

    private Set<String> noGroup() {
        Set<String> noGroup = new TreeSet<>(inDatabase);
        noGroup.removeAll(inKeycloak);
        return noGroup;
    }

    private Set<String> noRow() {
        Set<String> noRow = new TreeSet<>(inKeycloak);
        noRow.removeAll(inDatabase);
        noRow.removeAll(mayLackRow);
        return noRow;
    }

    private static List<String> describe(Set<String> noGroup, Set<String> noRow) {
        List<String> problems = new ArrayList<>();
        if (!noGroup.isEmpty()) {
            problems.add("Có trong cơ sở dữ liệu nhưng không có nhóm Keycloak / in the database, no Keycloak group: "
                    + String.join(", ", noGroup));
        }
        if (!noRow.isEmpty()) {
            problems.add("Có nhóm Keycloak nhưng không có trong cơ sở dữ liệu / a Keycloak group, not in the database: "
                    + String.join(", ", noRow));
        }
        return problems;
    }
}
