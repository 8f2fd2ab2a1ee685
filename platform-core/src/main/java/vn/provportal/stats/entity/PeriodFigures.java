package vn.provportal.stats.entity;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/** What every kind of statistics row has: its period, where its figures came from and as of when. */
@MappedSuperclass
public abstract class PeriodFigures {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_type", nullable = false, length = 10)
    private PeriodType periodType;

    @Column(name = "period_year", nullable = false)
    private int periodYear;

    @Column(name = "period_number", nullable = false)
    private int periodNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Source source;

    @Column(name = "as_of", nullable = false)
    private Instant asOf;

    @Version
    private long version;

    protected PeriodFigures() {
    }

    protected PeriodFigures(Period period) {
        this.periodType = period.type();
        this.periodYear = period.year();
        this.periodNumber = period.number();
    }

    /** Records where the figures now stored came from. */
    protected final void stamp(Source source, Instant asOf) {
        this.source = source;
        this.asOf = asOf;
    }

    public Period getPeriod() {
        return new Period(periodType, periodYear, periodNumber);
    }

    public Source getSource() {
        return source;
    }

    public Instant getAsOf() {
        return asOf;
    }
}
