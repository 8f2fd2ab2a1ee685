package vn.provportal.menu.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.provportal.banner.boundary.Banners;
import vn.provportal.banner.entity.Banner;
import vn.provportal.menu.entity.MenuItem;
import vn.provportal.platform.InvalidInput;
import vn.provportal.platform.Ordering;
import vn.provportal.testing.Fixtures;
import vn.provportal.testing.TestDatabase;
import vn.provportal.testing.TestPersistence;
import vn.provportal.testing.Wired;

/**
 * Putting the menu and the banners in order on a real MariaDB (#13: drag and drop, with up/down buttons for the
 * keyboard): an entry moves among its own siblings and takes its sub-entries along; an order that misses an entry
 * added meanwhile, or names another province's, is refused whole.
 */
class MenuOrderIT {

    private static TestPersistence jpa;

    @BeforeAll
    static void start() {
        jpa = new TestPersistence(TestDatabase.ensureStarted());
    }

    @AfterAll
    static void stop() {
        jpa.close();
    }

    private static <T> T menus(String tenant, Function<Menus, T> work) {
        return Wired.call(jpa, tenant, new Menus(), work);
    }

    private static long entry(String tenant, String label, Long parent, int position) {
        return menus(tenant, m -> m.save(null, label, null, "/trang/" + position, parent, position)).getId();
    }

    private static List<String> shown(String tenant) {
        return menus(tenant, m -> m.items().stream().map(MenuItem::getLabel).toList());
    }

    @Test
    void anEntryMovesAmongItsSiblingsWithItsSubEntries() {
        String province = Fixtures.uniqueTenantCode("mo");
        entry(province, "Trang chủ", null, 1);
        long news = entry(province, "Tin tức", null, 2);
        entry(province, "An ninh", news, 1);
        long traffic = entry(province, "Giao thông", news, 2);
        long contact = entry(province, "Liên hệ", null, 3);
        assertEquals(List.of("Trang chủ", "Tin tức", "An ninh", "Giao thông", "Liên hệ"), shown(province),
                "each entry followed by its sub-entries");

        menus(province, m -> {
            m.move(contact, -1);
            return null;
        });
        assertEquals(List.of("Trang chủ", "Liên hệ", "Tin tức", "An ninh", "Giao thông"), shown(province));
        menus(province, m -> {
            m.move(traffic, -1);
            return null;
        });
        assertEquals(List.of("Trang chủ", "Liên hệ", "Tin tức", "Giao thông", "An ninh"), shown(province),
                "a sub-entry moves only among its siblings");
        menus(province, m -> {
            m.move(traffic, -1);
            return null;
        });
        assertEquals(List.of("Trang chủ", "Liên hệ", "Tin tức", "Giao thông", "An ninh"), shown(province), "already first");
        assertEquals(List.of("Trang chủ", "Liên hệ", "Tin tức"),
                menus(province, m -> m.tree().stream().map(MenuEntry::label).toList()), "the portal's menu in the new order");
    }

    @Test
    void aDraggedRowLandsWhereItWasDropped() {
        String province = Fixtures.uniqueTenantCode("mp");
        List<Long> ids = new ArrayList<>();
        for (String label : List.of("Một", "Hai", "Ba", "Bốn")) {
            ids.add(entry(province, label, null, ids.size() + 1));
        }
        menus(province, m -> {
            m.reorder(Ordering.dropped(ids, 3, 0));
            return null;
        });
        assertEquals(List.of("Bốn", "Một", "Hai", "Ba"), shown(province));
    }

    @Test
    void anOrderThatMissesAnEntryOrNamesAnotherProvincesIsRefusedWhole() {
        String province = Fixtures.uniqueTenantCode("mq");
        String other = Fixtures.uniqueTenantCode("mr");
        long first = entry(province, "Một", null, 1);
        long second = entry(province, "Hai", null, 2);
        long theirs = entry(other, "Của tỉnh khác", null, 1);
        entry(province, "Ba, thêm trong lúc sắp xếp", null, 3);

        InvalidInput stale = assertThrows(InvalidInput.class, () -> menus(province, m -> {
            m.reorder(List.of(second, first));
            return null;
        }));
        assertEquals("Danh sách vừa được người khác thay đổi: tải lại trang rồi sắp xếp lại", stale.getMessage());
        assertThrows(InvalidInput.class, () -> menus(province, m -> {
            m.reorder(List.of(theirs, second, first));
            return null;
        }));
        assertThrows(InvalidInput.class, () -> menus(province, m -> {
            m.move(theirs, 1);
            return null;
        }), "another province's entry is not found here");
        assertEquals(List.of("Một", "Hai", "Ba, thêm trong lúc sắp xếp"), shown(province), "nothing moved");
        assertEquals(List.of("Của tỉnh khác"), shown(other));
    }

    @Test
    void bannersMoveAndAStaleOrderIsRefused() {
        String province = Fixtures.uniqueTenantCode("bo");
        List<Long> ids = new ArrayList<>();
        for (String title : List.of("Phòng chống ma tuý", "An toàn giao thông", "Cải cách hành chính")) {
            int position = ids.size() + 1;
            ids.add(Wired.call(jpa, province, new Banners(), b -> b.save(null, title, null, "/trang/x", null, null, position)).getId());
        }
        Wired.call(jpa, province, new Banners(), b -> {
            b.move(ids.get(2), -1);
            return null;
        });
        Function<Banners, List<String>> titles = b -> b.all().stream().map(Banner::getTitle).toList();
        assertEquals(List.of("Phòng chống ma tuý", "Cải cách hành chính", "An toàn giao thông"), Wired.call(jpa, province, new Banners(), titles));
        assertThrows(InvalidInput.class, () -> Wired.call(jpa, province, new Banners(), b -> {
            b.reorder(ids.subList(0, 2));
            return null;
        }));
        assertEquals(List.of("Phòng chống ma tuý", "Cải cách hành chính", "An toàn giao thông"), Wired.call(jpa, province, new Banners(), titles));
    }
}
