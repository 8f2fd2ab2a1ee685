package vn.provportal.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProvincesInStepTest {

    @Test
    void theSameProvincesOnBothSidesAreInStep() {
        assertTrue(new ProvincesInStep(Set.of("hung-yen", "ninh-binh"), Set.of("ninh-binh", "hung-yen"), Set.of())
                .problems().isEmpty());
    }

    @Test
    void aWipedDatabaseBesideAKeptKeycloakIsNamed() {
        List<String> problems = new ProvincesInStep(Set.of("hung-yen", "thai-binh"),
                Set.of("hung-yen", "thai-binh", "ninh-binh", "lai-chau"), Set.of()).problems();
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).endsWith("not in the database: lai-chau, ninh-binh"), problems.get(0));
    }

    @Test
    void aLostKeycloakBesideAKeptDatabaseIsNamed() {
        List<String> problems = new ProvincesInStep(Set.of("hung-yen", "ninh-binh"), Set.of("hung-yen"), Set.of())
                .problems();
        assertEquals(List.of("Có trong cơ sở dữ liệu nhưng không có nhóm Keycloak / in the database, no Keycloak group:"
                + " ninh-binh"), problems);
    }

    @Test
    void demoGroupsOfTheRealmImportMayLackARowWhenTheDemoIsOff() {
        assertTrue(new ProvincesInStep(Set.of(), Set.of("hung-yen", "thai-binh"), Set.of("hung-yen", "thai-binh"))
                .problems().isEmpty());
        assertEquals(1, new ProvincesInStep(Set.of(), Set.of("hung-yen", "ninh-binh"), Set.of("hung-yen", "thai-binh"))
                .problems().size(), "but a provisioned province may not");
    }

    @Test
    void aProvinceBeingProvisionedBetweenTheTwoReadsIsNoProblemButALostSideStaysOne() {
        ProvincesInStep first = new ProvincesInStep(Set.of("hung-yen", "ha-noi"),
                Set.of("hung-yen", "ha-noi", "hue", "son-la"), Set.of());
        ProvincesInStep later = new ProvincesInStep(Set.of("hung-yen", "ha-noi", "hue", "lao-cai"),
                Set.of("hung-yen", "ha-noi", "hue", "son-la", "lao-cai", "cao-bang"), Set.of());
        assertEquals(List.of("Có nhóm Keycloak nhưng không có trong cơ sở dữ liệu / a Keycloak group, not in the database:"
                + " son-la"), first.problemsStillIn(later), "hue was being created; son-la lost its row");
    }
}
