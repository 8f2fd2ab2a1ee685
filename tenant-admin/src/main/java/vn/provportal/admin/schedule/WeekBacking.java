package vn.provportal.admin.schedule;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.provportal.admin.workspace.Faces;
import vn.provportal.platform.InvalidInput;
import vn.provportal.platform.VietnamTime;
import vn.provportal.schedule.boundary.WorkSchedule;
import vn.provportal.schedule.entity.ScheduleEntry;
import vn.provportal.schedule.entity.Week;

/**
 * Backs {@code /schedule/week.xhtml?tuan=2026-W49}: the leadership's engagements of a week, each added, changed or
 * removed by the province's editors. A refusal keeps what was typed and names the field.
 */
@Named
@ViewScoped
public class WeekBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3])[:hg.]([0-5]\\d)");

    @Inject
    WorkSchedule schedule;

    private String tuan;
    private Week week;
    private Long id;
    private LocalDate day;
    private String time = "";
    private String leader = "";
    private String content = "";
    private String place = "";
    private String attendees = "";

    /** View action: the week asked for, this week without one; 404 for a {@code tuan} that names no week. */
    public void load() throws IOException {
        if (Faces.isPostback()) {
            return;
        }
        week = tuan == null || tuan.isBlank() ? Week.of(VietnamTime.today()) : Week.parse(tuan).orElse(null);
        if (week == null) {
            Faces.notFound();
            return;
        }
        day = week.monday().isAfter(VietnamTime.today()) || week.sunday().isBefore(VietnamTime.today())
                ? week.monday() : VietnamTime.today();
    }

    public String save() {
        return Faces.attemptThenGo(() -> schedule.save(id, day, startsAt(), leader, content, place, attendees, Faces.user()),
                "/schedule/week?tuan=" + Week.of(day == null ? week.monday() : day).iso(), "done.schedule.saved", VietnamTime.date(day));
    }

    /** Puts an engagement in the form to be changed. */
    public void edit(long entryId) {
        schedule.find(entryId).ifPresent(e -> {
            id = e.getId();
            day = e.getDay();
            time = hhmm(e.getStartsAt());
            leader = e.getLeader();
            content = e.getContent();
            place = e.getPlace() == null ? "" : e.getPlace();
            attendees = e.getAttendees() == null ? "" : e.getAttendees();
        });
    }

    public void delete(long entryId) {
        Faces.attempt(() -> schedule.remove(entryId), "done.schedule.deleted");
    }

    /** "08:00", "8h30", "14.00"; empty for the whole day. */
    private LocalTime startsAt() {
        if (time == null || time.isBlank()) {
            return null;
        }
        Matcher m = TIME.matcher(time.strip());
        if (!m.matches()) {
            throw InvalidInput.of("schedule.start-time-must-hh", time);
        }
        return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public String hhmm(LocalTime t) {
        return VietnamTime.time(t);
    }

    public String date(LocalDate d) {
        return VietnamTime.date(d);
    }

    public List<ScheduleEntry> getEntries() {
        return week == null ? List.of() : schedule.week(week);
    }

    public Week getWeek() {
        return week;
    }

    public String getTuan() {
        return tuan;
    }

    public void setTuan(String tuan) {
        this.tuan = tuan;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time;
    }

    public String getLeader() {
        return leader;
    }

    public void setLeader(String leader) {
        this.leader = leader;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getAttendees() {
        return attendees;
    }

    public void setAttendees(String attendees) {
        this.attendees = attendees;
    }
}
