package vn.provportal.portal.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import vn.provportal.platform.persistence.LostRace;
import vn.provportal.stats.boundary.Statistics;
import vn.provportal.stats.entity.Period;
import vn.provportal.stats.entity.PeriodType;
import vn.provportal.stats.entity.ProcessingCounts;
import vn.provportal.stats.entity.ProcessingFigures;
import vn.provportal.stats.entity.SatisfactionFigures;
import vn.provportal.stats.entity.Source;

/**
 * {@code PUT /api/v1/provinces/{province}/processing/{period}} and {@code .../satisfaction/{period}}: store
 * a period's figures (replacing any earlier ones for that period, so a replay changes nothing);
 * {@code GET .../processing?ky=MONTH}: what is stored.
 */
@Path("/provinces/{province}")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@Consumes(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    /** Stored processing figures with their derived rates. */
    public record ProcessingView(String period, String procedureGroup, ProcessingCounts counts, long received,
            long resolved, long pending, BigDecimal onTimeRate, String source, Instant asOf) {

        static ProcessingView of(ProcessingFigures f) {
            ProcessingCounts c = f.getCounts();
            return new ProcessingView(f.getPeriod().toString(), f.getProcedureGroup(), c, c.received(), c.resolved(),
                    c.pending(), c.onTimeRate(), f.getSource().name(), f.getAsOf());
        }
    }

    /** Stored satisfaction figures with the satisfied rate. */
    public record SatisfactionView(String period, String criterion, long verySatisfied, long satisfied,
            long notSatisfied, BigDecimal satisfiedRate, String source, Instant asOf) {

        static SatisfactionView of(SatisfactionFigures f) {
            var c = f.getCounts();
            return new SatisfactionView(f.getPeriod().toString(), f.getCriterion(), c.verySatisfied(), c.satisfied(),
                    c.notSatisfied(), c.satisfiedRate(), f.getSource().name(), f.getAsOf());
        }
    }

    @Inject
    Statistics statistics;

    @PUT
    @Path("/processing/{period}")
    public ProcessingView putProcessing(@PathParam("period") String period, ProcessingPayload payload) {
        ProcessingPayload body = payload == null ? new ProcessingPayload() : payload;
        Period at = Period.parse(period);
        ProcessingCounts counts = body.counts();
        Instant asOf = body.asOf == null ? Instant.now() : body.asOf;
        // the province's system may send one period twice at once: the later write wins, neither gets a 500
        return ProcessingView.of(LostRace.retried(() -> statistics.recordProcessing(at, body.procedureGroup, counts,
                Source.API, asOf)));
    }

    @PUT
    @Path("/satisfaction/{period}")
    public SatisfactionView putSatisfaction(@PathParam("period") String period, SatisfactionPayload payload) {
        SatisfactionPayload body = payload == null ? new SatisfactionPayload() : payload;
        Period at = Period.parse(period);
        var counts = body.counts();
        Instant asOf = body.asOf == null ? Instant.now() : body.asOf;
        return SatisfactionView.of(LostRace.retried(() -> statistics.recordSatisfaction(at, body.criterion, counts,
                Source.API, asOf)));
    }

    @GET
    @Path("/processing")
    public List<ProcessingView> processing(@QueryParam("ky") String type) {
        PeriodType periodType = PeriodType.parse(type);
        return statistics.processingHistory(periodType, 120).stream().map(ProcessingView::of).toList();
    }
}
