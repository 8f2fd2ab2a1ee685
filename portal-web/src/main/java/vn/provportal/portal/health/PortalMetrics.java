package vn.provportal.portal.health;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import vn.provportal.content.control.ViewCounter;
import vn.provportal.platform.persistence.ConnectionsInUse;
import vn.provportal.platform.persistence.Migrations;

/**
 * The portal's figures in MicroProfile Metrics' application registry, scraped as Prometheus text at {@code /metrics}:
 * page requests and latency per province, the view-count backlog, the database pool's use and, in cluster mode, the
 * edge cache's hits and misses.
 */
@ApplicationScoped
public class PortalMetrics {

    // A histogram in milliseconds, not a Timer: Payara 6.2025.10's Prometheus output converts a Timer's mean, max and sum
    // to seconds but prints its quantiles in nanoseconds under the same "_seconds" name (0.62 s shown as 6.2E8).
    private static final Metadata REQUESTS = Metadata.builder().withName("provportal_page_requests_milliseconds")
            .withDescription("Portal page requests and their duration in milliseconds, per province").withUnit(MetricUnits.NONE)
            .build();

    @Inject
    MetricRegistry registry;

    @Inject
    ViewCounter views;

    @Inject
    EdgeStatistics edge;

    @PostConstruct
    void register() {
        registry.gauge(Metadata.builder().withName("provportal_view_counts_pending")
                .withDescription("Article views counted in memory and not yet written to the database").build(),
                views, ViewCounter::backlog);
        registry.gauge(Metadata.builder().withName("provportal_db_connections_in_use")
                .withDescription("Database connections of the portal's pool in use now").build(), ConnectionsInUse::now);
        registry.gauge(Metadata.builder().withName("provportal_db_connections_max")
                .withDescription("Size limit of the portal's database connection pool").build(), () -> Migrations.MAX_CONNECTIONS);
        if (edge.available()) {
            registry.gauge(Metadata.builder().withName("provportal_edge_cache_hits")
                    .withDescription("Requests the edge cache answered from its copy (since the edge started)").build(),
                    edge, EdgeStatistics::hits);
            registry.gauge(Metadata.builder().withName("provportal_edge_cache_misses")
                    .withDescription("Cacheable requests the edge had to fetch from a node").build(), edge, EdgeStatistics::misses);
            registry.gauge(Metadata.builder().withName("provportal_edge_cache_hit_ratio")
                    .withDescription("Hits / (hits + misses) of the edge cache").build(), edge, EdgeStatistics::hitRatio);
        }
    }

    /** Records one answered page of {@code province}. */
    public void pageServed(String province, Duration took) {
        registry.histogram(REQUESTS, new Tag("province", province)).update(took.toMillis());
    }
}
