package vn.provportal.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.provportal.platform.VietnamTime;
import vn.provportal.schedule.entity.ScheduleEntry;
import vn.provportal.schedule.entity.Week;
import vn.provportal.tenant.entity.Theme;

/**
 * The leadership's work schedule on the portal (#17 item 4): a week's table by day and time, this week without a
 * week asked for, the weeks before and after linked, another province's engagements never shown, and a week that
 * does not exist a themed 404.
 */
class ScheduleIT extends DeployedPortal {

    private static final Week WEEK = Week.parse("2026-W49").orElseThrow();

    private static void engagement(ProvinceFixture p, Week week, int day, LocalTime at, String content) {
        ProvinceFixture.jpa().inTransaction(p.code, em -> {
            em.persist(new ScheduleEntry(week.monday().plusDays(day), at, "Đại tá Nguyễn Văn A", content,
                    "Hội trường Công an tỉnh", "Ban Giám đốc", "test", Instant.now()));
            return null;
        });
    }

    @Test
    void aWeekShowsItsEngagementsByDayAndLinksTheWeeksAround() {
        ProvinceFixture p = ProvinceFixture.create("lc", Theme.policeRed());
        ProvinceFixture other = ProvinceFixture.create("ld", new Theme(Theme.BLUE, "#0d47a1", "#90caf9", null, null));
        engagement(p, WEEK, 0, LocalTime.of(8, 0), "Giao ban tuần");
        engagement(p, WEEK, 0, null, "Làm việc tại cơ quan");
        engagement(p, WEEK, 3, LocalTime.of(14, 30), "Kiểm tra công tác bảo đảm trật tự");
        engagement(other, WEEK, 0, LocalTime.of(9, 0), "Lịch của tỉnh khác");

        Document page = PortalClient.html(portal.get(p.path("/lich-cong-tac?tuan=2026-W49")));
        assertEquals("Lịch công tác tuần 49", page.selectFirst("h1").text());
        Element table = page.selectFirst("table.schedule");
        assertEquals(7, table.select("tbody").size(), "Monday to Sunday");
        Element monday = table.select("tbody").get(0);
        assertEquals("Thứ Hai 30/11/2026", monday.selectFirst("th").text());
        assertEquals(List.of("Cả ngày", "08:00"), monday.select("td.schedule-time").eachText(), "all day first, then by time");
        assertEquals("Kiểm tra công tác bảo đảm trật tự", table.select("tbody").get(3).selectFirst("td.schedule-content").text());
        assertEquals("Không có lịch", table.select("tbody").get(1).selectFirst("td.schedule-none").text());
        assertTrue(!page.text().contains("Lịch của tỉnh khác"), "another province's engagements are not shown");
        assertEquals(p.path("/lich-cong-tac?tuan=2026-W48"), page.selectFirst("a[rel=prev]").attr("href"));
        assertEquals(p.path("/lich-cong-tac?tuan=2026-W50"), page.selectFirst("a[rel=next]").attr("href"));

        Document theirs = PortalClient.html(portal.get(other.path("/lich-cong-tac?tuan=2026-W49")));
        assertEquals(List.of("Lịch của tỉnh khác"), theirs.select("td.schedule-content").eachText());
    }

    @Test
    void withoutAWeekItIsThisWeekInVietnam() {
        ProvinceFixture p = ProvinceFixture.create("le", Theme.policeRed());
        Week thisWeek = Week.of(VietnamTime.today());
        engagement(p, thisWeek, 0, LocalTime.of(7, 30), "Chào cờ đầu tuần");
        Document page = PortalClient.html(portal.get(p.path("/lich-cong-tac")));
        assertEquals("Lịch công tác tuần " + thisWeek.number(), page.selectFirst("h1").text());
        assertEquals(List.of("Chào cờ đầu tuần"), page.select("td.schedule-content").eachText());
        assertTrue(page.selectFirst(".site-footer").select("a").eachAttr("href").contains(p.path("/lich-cong-tac")),
                "every page's footer links the schedule");
    }

    @Test
    void aWeekThatDoesNotExistIsAThemed404() {
        ProvinceFixture p = ProvinceFixture.create("lf", Theme.policeRed());
        for (String bad : List.of("2026-W54", "2025-W53", "tuan-49", "2026-W49%3Cscript%3E")) {
            var response = portal.get(p.path("/lich-cong-tac?tuan=" + bad));
            assertEquals(404, response.statusCode(), bad);
            assertTrue(PortalClient.html(response).text().contains("Không tìm thấy"), bad);
        }
    }
}
