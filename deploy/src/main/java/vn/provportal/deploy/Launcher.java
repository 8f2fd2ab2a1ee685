package vn.provportal.deploy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;

/** {@code deploy/run.sh}: starts the stack, prints where everything is, and stops it all on Ctrl-C. */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path stackDir = Path.of(args.length > 0 ? args[0] : "deploy/target/stack").toAbsolutePath();
        StackConfig config = StackConfig.fromEnvironment(stackDir, KeycloakServer.versionIn(stackDir));
        Instant started = Instant.now();
        System.out.println("ProvPortal: đang khởi động / starting (data in " + config.home() + ") ...");
        Stack stack = new Stack(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nProvPortal: đang dừng / stopping ...");
            stack.close();
            stopped.countDown();
        }, "provportal-shutdown"));
        try {
            stack.start();
        } catch (RuntimeException e) {
            System.err.println("ProvPortal: khởi động thất bại / start failed: " + e.getMessage());
            System.exit(1);
        }
        printBanner(config, Duration.between(started, Instant.now()));
        stopped.await();
    }

    private static void printBanner(StackConfig config, Duration took) {
        String demo = config.demo()
                ? """
                  Demo logins (password: %s):
                    ministry-admin  — Bộ Công an, all provinces
                    hy-admin, hy-editor, hy-publisher — Hưng Yên
                    tb-editor       — Thái Bình
                  """.formatted(config.demoPassword())
                : "";
        System.out.printf("""

                ProvPortal is running (started in %.1f s)
                  Portal landing      %s/
                  Hưng Yên            %s/hung-yen/   or  http://hung-yen.localhost:%d/
                  Thái Bình           %s/thai-binh/  or  http://thai-binh.localhost:%d/
                  Back office (SSO)   %s/
                  Keycloak            %s/  (admin console user "admin", password in %s)
                  Database            %s
                  Logs                %s
                %s
                Press Ctrl-C to stop.
                """, took.toMillis() / 1000.0, config.portalUrl(), config.portalUrl(), config.httpPort(),
                config.portalUrl(), config.httpPort(), config.adminUrl(), config.keycloakUrl(),
                config.home().resolve("secrets.properties"), config.dbUrl(), config.logs(), demo);
    }
}
