package vn.provportal.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.provportal.platform.InvalidInput;

/**
 * The volume demo ({@code ./deploy/run.sh --demo-volume}, or {@code PROVPORTAL_DEMO_VOLUME=34x6000}): the 34
 * provinces' portals, each filled to the number of articles asked for, in the background after start-up — the
 * portal answers meanwhile. Every start tops up what is missing, so an interrupted load continues where it stopped;
 * both applications (and every node) take part, each province filled by one of them at a time.
 */
@Singleton
@Startup
@DependsOn("DemoSeeder")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoVolume {

    private static final Logger LOG = Logger.getLogger(DemoVolume.class.getName());
    private static final int BATCH = 200;
    private static final int MAX_REFUSALS = 600;

    /** How many provinces, and how many articles each. */
    public record Plan(int provinces, int articles) {

        /** {@code 34x6000}; {@code true} means that. */
        public static Optional<Plan> parse(String setting) {
            String s = setting == null ? "" : setting.strip().toLowerCase(java.util.Locale.ROOT);
            if (s.isEmpty() || s.equals("false") || s.equals("0")) {
                return Optional.empty();
            }
            if (s.equals("true")) {
                return Optional.of(new Plan(VolumeProvince.ALL.size(), 6000));
            }
            String[] parts = s.split("x");
            try {
                Plan plan = new Plan(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
                if (plan.provinces() < 1 || plan.provinces() > VolumeProvince.ALL.size() || plan.articles() < 1) {
                    throw new NumberFormatException(s);
                }
                return Optional.of(plan);
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw InvalidInput.of("demo.provportal-demo-volume-must", setting);
            }
        }
    }

    @Inject
    @ConfigProperty(name = "provportal.demo.volume", defaultValue = "false")
    String setting;

    @Inject
    VolumeBatch batch;

    @Resource
    ManagedExecutorService executor;

    @PostConstruct
    void start() {
        Plan.parse(setting).ifPresent(plan -> executor.submit(() -> fill(plan)));
    }

    void fill(Plan plan) {
        long started = System.nanoTime();
        List<VolumeProvince> open = new ArrayList<>(VolumeProvince.ALL.subList(0, plan.provinces()));
        createProvinces(open);
        long added = 0;
        java.util.Map<String, Integer> refusals = new java.util.HashMap<>();
        while (!open.isEmpty()) {
            List<VolumeProvince> busy = new ArrayList<>();
            for (VolumeProvince province : open) {
                try {
                    int n = batch.addArticles(province.code().value(), plan.articles(), BATCH);
                    added += n;
                    if (n > 0) {
                        busy.add(province);
                    }
                } catch (RuntimeException lockedOrFailed) {
                    // usually: the other application is filling this province right now; give up after many tries
                    if (refusals.merge(province.code().value(), 1, Integer::sum) < MAX_REFUSALS) {
                        busy.add(province);
                    } else {
                        LOG.warning(() -> "demo volume: " + province.code() + " left incomplete: " + lockedOrFailed);
                    }
                    sleep(200);
                }
            }
            open = busy;
            long total = added;
            LOG.info(() -> "demo volume: " + total + " articles added, " + busy.size() + " provinces to go");
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        long total = added;
        LOG.info(() -> "demo volume complete: " + plan.provinces() + " provinces × " + plan.articles()
                + " articles (" + total + " added here in " + seconds + " s)");
    }

    /** Creates the provinces that do not exist yet, retrying while Keycloak is still starting. */
    private void createProvinces(List<VolumeProvince> provinces) {
        List<VolumeProvince> missing = new ArrayList<>(provinces);
        for (int round = 0; round < 60 && !missing.isEmpty(); round++) {
            List<VolumeProvince> failed = new ArrayList<>();
            for (VolumeProvince province : missing) {
                try {
                    batch.ensureProvince(province);
                } catch (RuntimeException notYet) {
                    LOG.fine(() -> "demo volume: " + province.code() + " not created yet: " + notYet);
                    failed.add(province);
                }
            }
            missing = failed;
            if (!missing.isEmpty()) {
                sleep(2000);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
