package vn.provportal.schedule.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import vn.provportal.platform.InvalidInput;
import vn.provportal.platform.Nfc;
import vn.provportal.platform.TypedName;

/**
 * One engagement of the leadership: a day, a time (none: all day), who leads it, what, where and who attends. Its
 * leader is checked like every typed name, the rest NFC-normalised; an engagement is changed as a whole.
 */
@Entity
@Table(name = "schedule_entry")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 40)
@NamedQuery(name = ScheduleEntry.BETWEEN, query = "SELECT e FROM ScheduleEntry e WHERE e.day BETWEEN :from AND :to "
        + "ORDER BY e.day, e.startsAt, e.id")
public class ScheduleEntry {

    public static final String BETWEEN = "ScheduleEntry.between";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private LocalDate day;

    @Column(name = "starts_at")
    private LocalTime startsAt;

    @Column(nullable = false, length = 300)
    private String leader;

    @Column(nullable = false, length = 2000)
    private String content;

    @Column(length = 500)
    private String place;

    @Column(length = 1000)
    private String attendees;

    @Column(name = "updated_by", length = 100)
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected ScheduleEntry() {
    }

    public ScheduleEntry(LocalDate day, LocalTime startsAt, String leader, String content, String place, String attendees,
            String user, Instant now) {
        change(day, startsAt, leader, content, place, attendees, user, now);
    }

    public void change(LocalDate day, LocalTime startsAt, String leader, String content, String place, String attendees,
            String user, Instant now) {
        if (day == null) {
            throw InvalidInput.of("schedule.choose-day");
        }
        this.day = day;
        this.startsAt = startsAt;
        String cleanLeader = TypedName.clean(leader, "Lãnh đạo chủ trì", "Leader");
        this.leader = required(cleanLeader, "Lãnh đạo chủ trì", "Leader", 300);
        this.content = required(Nfc.normalize(content), "Nội dung", "What", 2000);
        this.place = optional(Nfc.normalize(place), "Địa điểm", "Place", 500);
        this.attendees = optional(Nfc.normalize(attendees), "Thành phần", "Attendees", 1000);
        this.updatedBy = user;
        this.updatedAt = now;
    }

    private static String required(String text, String fieldVi, String fieldEn, int max) {
        String clean = optional(text, fieldVi, fieldEn, max);
        if (clean == null) {
            throw InvalidInput.of("schedule.required", fieldVi, fieldEn);
        }
        return clean;
    }

    private static String optional(String clean, String fieldVi, String fieldEn, int max) {
        if (clean == null || clean.isBlank()) {
            return null;
        }
        if (clean.strip().length() > max) {
            throw InvalidInput.of("schedule.longer-than", fieldVi, max, fieldEn);
        }
        return clean.strip();
    }

    public Long getId() {
        return id;
    }

    public LocalDate getDay() {
        return day;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public String getLeader() {
        return leader;
    }

    public String getContent() {
        return content;
    }

    public String getPlace() {
        return place;
    }

    public String getAttendees() {
        return attendees;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
