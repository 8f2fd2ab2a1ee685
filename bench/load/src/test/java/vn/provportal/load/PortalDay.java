package vn.provportal.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.headerRegex;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day's peak on the portals (issue #15 item 4), held for {@code load.minutes} at {@code load.rate} requests a
 * second: 85 % citizens reading (home pages, articles, category pages, searches with and without marks, RSS) across
 * every province, and the rest writing — comments, satisfaction votes, figures PUT through the statistics API, and
 * editors signed in through Keycloak saving their drafts. Every answer is checked for what a user would see; an
 * answer that is not is an error in the report.
 */
public class PortalDay extends Simulation {

    private static final String BASE = System.getProperty("load.base", "http://localhost:8090");
    private static final double RATE = Double.parseDouble(System.getProperty("load.rate", "300"));
    private static final Duration LENGTH = Duration.ofSeconds(Math.round(
            Double.parseDouble(System.getProperty("load.minutes", "10")) * 60));
    /**
     * The morning before the peak, in the same run: each kind of request rises from a tenth of its rate to all of it over
     * {@code load.rampSeconds} (90 by default), so the node's and Gatling's own code is compiled and the kept pages are
     * there when the {@code load.minutes} at the full rate begin — a fresh Gatling sending 300 a second at once on the
     * node's two cores made the node fall 14 s behind in its first minute and its queue overflow.
     */
    private static final Duration RAMP = Duration.ofSeconds(Long.getLong("load.rampSeconds", 90));
    private static final String API_KEY = System.getProperty("load.apiKey", "");
    private static final String PASSWORD = System.getProperty("load.password", "ProvPortal-demo-2026");
    private static final int EDITORS = Integer.getInteger("load.editors", 6);
    /** {@code -Dload.writes=false}: citizens reading only (to tell what the writes cost). */
    private static final boolean WRITES = Boolean.parseBoolean(System.getProperty("load.writes", "true"));
    /** Citizens' addresses, from a point of their own each run: a vote is once a month per address, kept across runs. */
    private static final AtomicInteger ADDRESSES = new AtomicInteger(ThreadLocalRandom.current().nextInt(1 << 23));

    /** The back office's address: Keycloak sends the editor back to the host it was configured with. */
    private static final String ADMIN = System.getProperty("load.admin", "http://localhost:8090") + "/admin";

    /** Words people search for that are in nearly every article of a police portal: costly, a few of them. */
    private static final List<String> COMMON = List.of("an ninh", "công an", "cong an xa");

    private final List<String> provinces;
    private final List<String> articles;
    private final List<String> categories;

    public PortalDay() {
        Site site = Site.read(BASE);
        provinces = site.provinces;
        articles = site.articles;
        categories = site.categories;
        System.out.printf("load: %d provinces, %d articles, %d categories; %.0f req/s for %s%n",
                provinces.size(), articles.size(), categories.size(), RATE, LENGTH);

        HttpProtocolBuilder protocol = http.baseUrl(BASE)
                .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .acceptEncodingHeader("gzip").acceptLanguageHeader("vi-VN,vi;q=0.9,en;q=0.5")
                .userAgentHeader("ProvPortal load test (Gatling)")
                // the node is reached through the edge (nginx or Varnish), which keeps its connections to it open
                .shareConnections();

        // reads, one request each: 85 % of the requests
        ScenarioBuilder reads = scenario("citizens reading").exec(citizen()).feed(pick(articles)).feed(anyOf(provinces))
                .feed(pick(categories)).exec(session -> session.set("q", search()).set("page",
                        ThreadLocalRandom.current().nextInt(10) < 6 ? 1 : 2 + ThreadLocalRandom.current().nextInt(19)))
                .randomSwitch().on(
                        percent(47.0).then(exec(http("article").get("#{path}").header("X-Forwarded-For", "#{address}").check(status().is(200),
                                substring("class=\"article-title\"")))),
                        percent(22.0).then(exec(http("home").get("/#{province}/").header("X-Forwarded-For", "#{address}").check(status().is(200),
                                substring("main-menu")))),
                        percent(18.0).then(exec(http("category page").get("#{category}?trang=#{page}").header("X-Forwarded-For", "#{address}").check(status().is(200),
                                substring("news-list")))),
                        percent(5.0).then(exec(http("search").get("/#{province}/tim-kiem").header("X-Forwarded-For", "#{address}").queryParam("q", "#{q}")
                                .check(status().is(200), substring("result-count")))),
                        percent(8.0).then(exec(http("rss").get("/#{province}/rss").header("X-Forwarded-For", "#{address}").check(status().is(200),
                                substring("<rss")))));

        // a comment: the article, then the form sent from a citizen's own address (held for moderation)
        ScenarioBuilder comments = scenario("citizens commenting").feed(pick(articles)).exec(citizen())
                .exec(http("article before commenting").get("#{path}").header("X-Forwarded-For", "#{address}").check(status().is(200),
                        regex("name=\"token\" value=\"([^\"]+)\"").saveAs("token")))
                .exec(http("comment").post("#{path}/binh-luan").header("X-Forwarded-For", "#{address}")
                        .header("Origin", BASE).formParam("token", "#{token}").formParam("name", "Người đọc #{n}")
                        .formParam("email", "").formParam("website", "").formParam("consent", "on")
                        .formParam("body", "Cảm ơn bài viết, ý kiến số #{n} về #{path}.")
                        .check(status().is(200), ledTo("cho-duyet")));

        // a vote on a province's home page
        ScenarioBuilder votes = scenario("citizens voting").feed(anyOf(provinces)).exec(citizen())
                .exec(http("home before voting").get("/#{province}/").header("X-Forwarded-For", "#{address}").check(status().is(200),
                        regex("name=\"token\" value=\"([^\"]+)\"").saveAs("token")))
                .exec(http("vote").post("/#{province}/danh-gia").header("X-Forwarded-For", "#{address}")
                        .header("Origin", BASE).formParam("token", "#{token}").formParam("muc-do", "hai-long")
                        .check(status().is(200), ledTo("danh-gia=cam-on")));

        // Hưng Yên's public-service system sending a month's figures
        ScenarioBuilder api = scenario("statistics API").exec(session -> session.set("period", "2026-"
                        + String.format("%02d", 1 + ThreadLocalRandom.current().nextInt(11)))
                .set("received", 100 + ThreadLocalRandom.current().nextInt(900)))
                .exec(http("API PUT").put("/api/v1/provinces/hung-yen/processing/#{period}")
                        .header("X-API-Key", API_KEY).header("Content-Type", "application/json")
                        .body(StringBody("{\"receivedOnline\": #{received}, \"receivedOffline\": 0, \"resolvedEarly\": 0,"
                                + " \"resolvedOnTime\": #{received}, \"resolvedLate\": 0, \"pendingInTime\": 0,"
                                + " \"pendingOverdue\": 0}")).check(status().is(200)));

        // editors: signed in once through Keycloak, then saving their draft every 4-6 s
        ScenarioBuilder editors = scenario("editors saving").exec(session -> session.set("editor",
                        session.userId() % 2 == 0 ? "hy-editor" : "tb-editor"))
                .exec(http("sign-in page").get(ADMIN + "/").check(status().is(200),
                        css("form#kc-form-login", "action").saveAs("login"),
                        headerRegex("Set-Cookie", "^([A-Z_]+)=([^;]*)").captureGroups(2).findAll().saveAs("kc")))
                // Keycloak marks its sign-in cookies Secure; browsers send them to http://localhost, Gatling does not
                .foreach("#{kc}", "c").on(exec(addCookie(Cookie("#{c(0)}", "#{c(1)}")
                        .withDomain(URI.create(ADMIN).getHost()).withPath("/").withSecure(false))))
                .exec(http("sign in").post("#{login}").formParam("username", "#{editor}")
                        .formParam("password", PASSWORD).check(status().is(200)))
                .exec(http("new article").get(ADMIN + "/content/edit.xhtml").check(status().is(200),
                        css("form#article input[name='jakarta.faces.ViewState']", "value").saveAs("viewState")))
                .exec(save("first save", "Bài thử tải #{editor} #{n}"))
                .during(RAMP.plus(LENGTH)).on(exec(save("save draft", "Bài thử tải #{editor} #{n}")).pause(Duration.ofSeconds(4),
                        Duration.ofSeconds(6)));

        double readRate = RATE * 0.85;
        double writeRequests = RATE * 0.15;
        double editorRequests = EDITORS * 1.0 / 5;
        // a feed within its key's quota (300 calls a minute): at 4 a second a minute of random arrivals passed 300
        // now and then, and the 429s the platform rightly gave were counted as its errors
        double apiRate = Math.min(2, writeRequests * 0.2);
        // a comment or a vote is three requests: the page with the form, the post, the page it leads back to
        double commentRate = (writeRequests - editorRequests - apiRate) / 2 / 3;
        double voteRate = commentRate;
        System.out.printf("load: reads %.1f/s, comments %.1f/s, votes %.1f/s, API %.1f/s, %d editors%n", readRate,
                commentRate, voteRate, apiRate, EDITORS);
        List<io.gatling.javaapi.core.PopulationBuilder> population = new ArrayList<>();
        population.add(reads.injectOpen(day(readRate)));
        if (WRITES) {
            population.add(comments.injectOpen(day(commentRate)));
            population.add(votes.injectOpen(day(voteRate)));
            population.add(api.injectOpen(day(apiRate)));
            if (EDITORS > 0) {
                population.add(editors.injectOpen(rampUsers(EDITORS).during(Duration.ofSeconds(10))));
            }
        }
        setUp(population)
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }

    /** Arrivals at {@code rate} a second: the ramp from a tenth of it, then the full rate for the run's length. */
    private static io.gatling.javaapi.core.OpenInjectionStep[] day(double rate) {
        List<io.gatling.javaapi.core.OpenInjectionStep> steps = new ArrayList<>();
        if (!RAMP.isZero()) {
            steps.add(rampUsersPerSec(rate / 10).to(rate).during(RAMP).randomized());
        }
        steps.add(constantUsersPerSec(rate).during(LENGTH).randomized());
        return steps.toArray(io.gatling.javaapi.core.OpenInjectionStep[]::new);
    }

    /** Words of a police portal's news, as bench/run.sh searches them (its figures: p50 24 ms, p95 54 ms). */
    private static final String[] WORDS = ("lừa đảo mạng xã hội ma túy tổng hợp giao thông trộm cắp tài sản an ninh trật tự"
            + " cháy nổ căn cước định danh điện tử").split(" ");

    /**
     * What a citizen searches for: two to four words of the portal's subjects, half of them typed without marks; one
     * search in twenty is a phrase nearly every article holds ("an ninh": 5,829 of Hà Nội's 6,000), the costliest.
     */
    private String search() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        if (random.nextInt(20) == 0) {
            return COMMON.get(random.nextInt(COMMON.size()));
        }
        StringBuilder typed = new StringBuilder();
        for (int i = 2 + random.nextInt(3); i > 0; i--) {
            typed.append(typed.length() == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        String q = typed.toString();
        return random.nextBoolean() ? q : java.text.Normalizer.normalize(q.replace('đ', 'd'),
                java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /** A citizen of their own: an address of the documentation ranges and a number for their words. */
    /** The post led to its outcome's address; when not, the report names the address it led to instead. */
    private static io.gatling.javaapi.core.CheckBuilder ledTo(String outcome) {
        return currentLocation().transform(where -> where.contains(outcome) ? outcome : where).is(outcome);
    }

    private static ChainBuilder citizen() {
        return exec(session -> {
            int n = ADDRESSES.incrementAndGet();
            return session.set("n", n).set("address", "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255));
        });
    }

    private static ChainBuilder save(String name, String title) {
        return exec(session -> session.set("n", ADDRESSES.incrementAndGet()))
                .exec(http(name).post(ADMIN + "/content/edit.xhtml").formParam("article", "article")
                        .formParam("jakarta.faces.ViewState", "#{viewState}").formParam("article:tags", "")
                        .formParam("article:source", "")
                        .formParam("article:title", title).formParam("article:lead", "Tóm tắt #{n}")
                        .formParam("article:body_input", "<p>Nội dung lần lưu #{n}.</p>")
                        .formParam("article:author", "Phóng viên").formParam("article:save", "")
                        // the screen says the draft is saved, its form ready for the next save
                        .check(status().is(200), substring("Đã lưu bản nháp"),
                                css("form#article input[name='jakarta.faces.ViewState']", "value").saveAs("viewState")));
    }

    /**
     * A feeder of {@code values} drawn as people read: the first ones (what the home pages show) far more often than
     * the rest — the n-th with a weight of 1/n (Zipf) — not every article alike.
     */
    private static java.util.Iterator<Map<String, Object>> pick(List<String> values) {
        return pick(values, true);
    }

    /** Every province alike: traffic follows population, which the list's order says nothing of. */
    private static java.util.Iterator<Map<String, Object>> anyOf(List<String> values) {
        return pick(values, false);
    }

    private static java.util.Iterator<Map<String, Object>> pick(List<String> values, boolean zipf) {
        String key = values.get(0).startsWith("/") ? (values.get(0).contains("/chuyen-muc/") ? "category" : "path")
                : "province";
        double[] cumulative = new double[values.size()];
        double sum = 0;
        for (int i = 0; i < values.size(); i++) {
            sum += zipf ? 1.0 / (i + 1) : 1;
            cumulative[i] = sum;
        }
        double total = sum;
        return java.util.stream.Stream.generate(() -> {
            int at = java.util.Arrays.binarySearch(cumulative, ThreadLocalRandom.current().nextDouble(total));
            return Map.<String, Object>of(key, values.get(Math.min(values.size() - 1, at < 0 ? -at - 1 : at)));
        }).iterator();
    }

    /** What the portals hold, read once before the load: provinces, and articles and categories of each. */
    private record Site(List<String> provinces, List<String> articles, List<String> categories) {

        private static final Pattern PROVINCE = Pattern.compile("href=\"/([a-z0-9-]+)/\"");
        private static final Pattern ARTICLE = Pattern.compile("href=\"(/[a-z0-9-]+/tin-tuc/[a-z0-9-]+)\"");
        private static final Pattern CATEGORY = Pattern.compile("href=\"(/[a-z0-9-]+/chuyen-muc/[a-z0-9-]+)\"");

        static Site read(String base) {
            HttpClient client = HttpClient.newHttpClient();
            Set<String> provinces = new LinkedHashSet<>(all(PROVINCE, get(client, base + "/")));
            provinces.remove("admin");
            provinces.remove("api");
            Set<String> articles = new LinkedHashSet<>();
            Set<String> categories = new LinkedHashSet<>();
            List<List<String>> byProvince = new ArrayList<>();
            for (String province : provinces) {
                String home = get(client, base + "/" + province + "/");
                byProvince.add(all(ARTICLE, home));
                categories.addAll(all(CATEGORY, home));
            }
            // each province's home-page articles in turn: the first of every province, then the second...
            for (int rank = 0; byProvince.stream().anyMatch(list -> !list.isEmpty()); rank++) {
                for (List<String> list : byProvince) {
                    if (!list.isEmpty()) {
                        articles.add(list.remove(0));
                    }
                }
            }
            Iterator<String> some = new ArrayList<>(categories).stream().limit(40).iterator();
            while (some.hasNext()) {
                String category = some.next();
                for (int page = 2; page <= 4; page++) {
                    articles.addAll(all(ARTICLE, get(client, base + category + "?trang=" + page)));
                }
            }
            if (provinces.isEmpty() || articles.isEmpty() || categories.isEmpty()) {
                throw new IllegalStateException("nothing to read at " + base + ": is the stack running?");
            }
            return new Site(List.copyOf(provinces), List.copyOf(articles), List.copyOf(categories));
        }

        private static List<String> all(Pattern pattern, String html) {
            List<String> found = new ArrayList<>();
            Matcher m = pattern.matcher(html);
            while (m.find()) {
                found.add(m.group(1));
            }
            return found;
        }

        private static String get(HttpClient client, String url) {
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                        HttpResponse.BodyHandlers.ofString());
                return response.statusCode() == 200 ? response.body() : "";
            } catch (IOException e) {
                throw new IllegalStateException(url + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
