package vn.provportal.portal.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Security issue #12 item 10: Hưng Yên's readers were slowed while Thái Bình took 2,000 comment posts in 20 s. */
class PostBulkheadTest {

    private final PostBulkhead bulkhead = bulkhead(2);

    @Test
    void aProvinceWhosePlacesAreTakenDoesNotTakeAnotherProvincesPlaces() {
        List<PostBulkhead.Permit> flood = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            bulkhead.enter("thai-binh").ifPresent(flood::add);
        }
        assertEquals(2, flood.size(), "Thái Bình's posts worked on at once");
        assertTrue(bulkhead.enter("thai-binh").isEmpty(), "the next Thái Bình post is answered at once");

        Optional<PostBulkhead.Permit> hungYen = bulkhead.enter("hung-yen");
        assertTrue(hungYen.isPresent(), "Hưng Yên's reader still posts");
        hungYen.get().close();
    }

    @Test
    void aPlaceIsFreeAgainOnceItsPostIsDone() {
        PostBulkhead.Permit first = bulkhead.enter("thai-binh").orElseThrow();
        PostBulkhead.Permit second = bulkhead.enter("thai-binh").orElseThrow();
        assertTrue(bulkhead.enter("thai-binh").isEmpty());
        first.close();
        try (PostBulkhead.Permit third = bulkhead.enter("thai-binh").orElseThrow()) {
            assertTrue(bulkhead.enter("thai-binh").isEmpty(), "still two at most");
        }
        second.close();
        assertTrue(bulkhead.enter("thai-binh").isPresent());
    }

    @Test
    void aSettingBelowOneStillLetsOnePostThrough() {
        PostBulkhead none = bulkhead(0);
        assertTrue(none.enter("thai-binh").isPresent());
        assertTrue(none.enter("thai-binh").isEmpty());
    }

    private static PostBulkhead bulkhead(int perProvince) {
        PostBulkhead bulkhead = new PostBulkhead();
        bulkhead.perProvince = perProvince;
        bulkhead.check();
        return bulkhead;
    }
}
