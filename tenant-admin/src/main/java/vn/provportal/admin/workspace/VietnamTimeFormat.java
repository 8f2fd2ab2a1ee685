package vn.provportal.admin.workspace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import vn.provportal.platform.VietnamTime;

/** Dates on every workspace screen, as {@code #{vnTime.dateTime(x)}}: dd/MM/yyyy HH:mm in Vietnam time. */
@Named("vnTime")
@ApplicationScoped
public class VietnamTimeFormat {

    public String date(Instant instant) {
        return VietnamTime.date(instant);
    }

    /** A calendar day (a document's date) as dd/MM/yyyy; empty for none. */
    public String day(java.time.LocalDate day) {
        return day == null ? "" : VietnamTime.date(day);
    }

    public String dateTime(Instant instant) {
        return VietnamTime.dateTime(instant);
    }
}
