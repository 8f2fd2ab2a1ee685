package vn.provportal.schedule.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.provportal.platform.InvalidInput;
import vn.provportal.schedule.entity.ScheduleEntry;
import vn.provportal.schedule.entity.Week;
import vn.provportal.testing.Fixtures;
import vn.provportal.testing.TestDatabase;
import vn.provportal.testing.TestPersistence;
import vn.provportal.testing.Wired;

/**
 * The leadership's schedule on a real MariaDB: a week lists its own days in order (all-day first), Vietnamese text
 * kept NFC, a blank leader refused with the field named, and another province's engagements neither listed nor
 * changeable.
 */
class WorkScheduleIT {

    private static final Week WEEK = Week.parse("2026-W49").orElseThrow();
    private static TestPersistence jpa;

    @BeforeAll
    static void start() {
        jpa = new TestPersistence(TestDatabase.ensureStarted());
    }

    @AfterAll
    static void stop() {
        jpa.close();
    }

    private static <T> T schedule(String tenant, Function<WorkSchedule, T> work) {
        return Wired.call(jpa, tenant, new WorkSchedule(), work);
    }

    private static List<String> week(String tenant, Week week) {
        return schedule(tenant, s -> s.week(week).stream().map(e -> e.getDay() + " " + e.getStartsAt() + " " + e.getContent()).toList());
    }

    @Test
    void aWeekListsItsEngagementsByDayAndTime() {
        String province = Fixtures.uniqueTenantCode("ls");
        LocalDate monday = WEEK.monday();
        schedule(province, s -> s.save(null, monday.plusDays(2), LocalTime.of(14, 0), "Đại tá Nguyễn Văn A",
                "Kiểm tra công tác bảo đảm trật tự", "Huyện Văn Giang", null, "hy-editor"));
        schedule(province, s -> s.save(null, monday, LocalTime.of(8, 0), "Đại tá Nguyễn Văn A", "Giao ban tuần",
                "Hội trường Công an tỉnh", "Ban Giám đốc, trưởng phòng", "hy-editor"));
        schedule(province, s -> s.save(null, monday, null, "Thượng tá Trần Thị B", "Làm việc tại cơ quan", null, null, "hy-editor"));
        schedule(province, s -> s.save(null, WEEK.sunday().plusDays(1), LocalTime.of(7, 30), "Đại tá Nguyễn Văn A",
                "Chào cờ đầu tuần sau", null, null, "hy-editor"));

        assertEquals(List.of("2026-11-30 null Làm việc tại cơ quan", "2026-11-30 08:00 Giao ban tuần",
                "2026-12-02 14:00 Kiểm tra công tác bảo đảm trật tự"), week(province, WEEK));
        assertEquals(List.of("2026-12-07 07:30 Chào cờ đầu tuần sau"), week(province, WEEK.next()));
        String decomposed = "Ho\u0323p ba\u0300n";
        ScheduleEntry nfc = schedule(province, s -> s.save(null, monday, null, "Đại tá Nguyễn Văn A", decomposed, null, null, "x"));
        assertEquals("Họp bàn", nfc.getContent(), "stored NFC");
    }

    @Test
    void aBlankLeaderIsRefusedWithTheFieldNamed() {
        String province = Fixtures.uniqueTenantCode("lt");
        InvalidInput refused = assertThrows(InvalidInput.class, () -> schedule(province,
                s -> s.save(null, WEEK.monday(), null, "  ", "Giao ban", null, null, "x")));
        assertEquals("Lãnh đạo chủ trì không được để trống", refused.getMessage());
        assertEquals(List.of(), week(province, WEEK), "nothing half-written");
    }

    @Test
    void anotherProvincesEngagementsAreNeitherListedNorChangeable() {
        String mine = Fixtures.uniqueTenantCode("lu");
        String theirs = Fixtures.uniqueTenantCode("lv");
        long id = schedule(theirs, s -> s.save(null, WEEK.monday(), null, "Đại tá Lê Văn C", "Lịch của tỉnh khác", null, null, "x")).getId();

        assertEquals(List.of(), week(mine, WEEK));
        assertThrows(InvalidInput.class, () -> schedule(mine, s -> s.save(id, WEEK.monday(), null, "Kẻ lạ", "Sửa trộm", null, null, "x")));
        assertThrows(InvalidInput.class, () -> schedule(mine, s -> {
            s.remove(id);
            return null;
        }));
        assertEquals(List.of("2026-11-30 null Lịch của tỉnh khác"), week(theirs, WEEK), "untouched");
    }
}
