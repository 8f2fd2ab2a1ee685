package vn.provportal.platform;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates are shown as citizens read them: dd/MM/yyyy in Asia/Ho_Chi_Minh, whatever the server's zone. */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZONE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZONE);

    private VietnamTime() {
    }

    public static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    /** A calendar day ("30/11/2026"). */
    public static String date(java.time.LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    /** A time of day ("08:30"), empty for none. */
    public static String time(java.time.LocalTime time) {
        return time == null ? "" : TIME.format(time);
    }

    /** Today in Vietnam, whatever the server's zone. */
    public static java.time.LocalDate today() {
        return java.time.LocalDate.now(ZONE);
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** Midnight of {@code day} in Vietnam. */
    public static Instant startOf(java.time.LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    /** A date and time typed in Vietnam ("dd/MM/yyyy HH:mm") as an instant. */
    public static Instant at(java.time.LocalDateTime local) {
        return local == null ? null : local.atZone(ZONE).toInstant();
    }
}
