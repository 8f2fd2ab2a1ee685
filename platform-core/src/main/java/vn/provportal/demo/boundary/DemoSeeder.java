package vn.provportal.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seeds the demo provinces after the schema is migrated. Both web applications start one; the unique
 * province code decides which of them creates each province, so the data is created exactly once.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoSeeder {

    private static final Logger LOG = Logger.getLogger(DemoSeeder.class.getName());

    @Inject
    @ConfigProperty(name = "provportal.demo", defaultValue = "true")
    boolean demo;

    @Inject
    DemoContent content;

    @Inject
    @ConfigProperty(name = "provportal.demo.api-key")
    java.util.Optional<String> demoApiKey;

    @Inject
    vn.provportal.apikey.boundary.ApiKeys apiKeys;

    @PostConstruct
    void seed() {
        if (!demo) {
            return;
        }
        for (DemoProvince province : DemoProvince.ALL) {
            try {
                if (content.seed(province)) {
                    LOG.info(() -> "demo province created: " + province.code());
                }
            } catch (RuntimeException e) {
                LOG.log(Level.INFO, "demo province " + province.code() + " not created here: " + e.getMessage());
            }
        }
        demoApiKey.filter(k -> !k.isBlank()).ifPresent(key -> {
            try {
                apiKeys.ensure("hung-yen", "Khóa trình diễn (PROVPORTAL_DEMO_API_KEY)", key);
            } catch (RuntimeException e) {
                LOG.log(Level.INFO, "demo API key registered by the other application: " + e.getMessage());
            }
        });
    }
}
