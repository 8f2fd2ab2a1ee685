package vn.provportal.portal.schedule;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.provportal.platform.VietnamTime;
import vn.provportal.portal.routing.NotFound;
import vn.provportal.schedule.boundary.WorkSchedule;
import vn.provportal.schedule.entity.ScheduleEntry;
import vn.provportal.schedule.entity.Week;

/**
 * The leadership's work schedule, a week at a time ({@code /<province>/lich-cong-tac?tuan=2026-W49}; without
 * {@code tuan}, this week in Vietnam). A {@code tuan} that names no week is a 404 like any unknown page.
 */
@Named
@RequestScoped
public class ScheduleBacking {

    @Inject
    WorkSchedule schedule;

    @Inject
    NotFound notFound;

    private Week week;
    private List<Day> days = List.of();

    /** One day of the week with its engagements; {@code weekday} 1 (Monday) to 7 (Sunday). */
    public record Day(LocalDate date, int weekday, String label, List<ScheduleEntry> entries) {

        public int getWeekday() {
            return weekday;
        }

        public String getLabel() {
            return label;
        }

        public List<ScheduleEntry> getEntries() {
            return entries;
        }

        public boolean isToday() {
            return date.equals(VietnamTime.today());
        }
    }

    public void load() throws IOException {
        String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("tuan");
        week = asked == null || asked.isBlank() ? Week.of(VietnamTime.today()) : Week.parse(asked).orElse(null);
        if (week == null) {
            notFound.respondInFaces();
            return;
        }
        Map<LocalDate, List<ScheduleEntry>> byDay = schedule.week(week).stream()
                .collect(Collectors.groupingBy(ScheduleEntry::getDay));
        days = week.days().stream().map(d -> new Day(d, d.getDayOfWeek().getValue(), VietnamTime.date(d),
                byDay.getOrDefault(d, List.of()))).toList();
    }

    public Week getWeek() {
        return week;
    }

    public List<Day> getDays() {
        return days;
    }

    /** "08:00", or empty for an engagement of the whole day. */
    public String time(ScheduleEntry entry) {
        return VietnamTime.time(entry.getStartsAt());
    }
}
