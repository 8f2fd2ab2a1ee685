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

/** The portal's figures in MicroProfile Metrics' application registry, scraped as Prometheus text at {@code /metrics}. */
@ApplicationScoped
public class PortalMetrics {

    private static final Metadata REQUESTS = Metadata.builder().withName("provportal_page_requests")
            .withDescription("Portal page requests and their duration, per province").withUnit(MetricUnits.NANOSECONDS).build();

    @Inject
    MetricRegistry registry;

    @Inject
    ViewCounter views;

    @PostConstruct
    void register() {
        registry.gauge(Metadata.builder().withName("provportal_view_counts_pending")
                .withDescription("Article views counted in memory and not yet written to the database").build(),
                views, ViewCounter::backlog);
    }

    /** Records one answered page of {@code province}. */
    public void pageServed(String province, Duration took) {
        registry.timer(REQUESTS, new Tag("province", province)).update(took);
    }
}
