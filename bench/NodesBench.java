import dev.parallax.support.CuttableProxy;
import dev.parallax.support.TestEvents;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Two portal nodes on one PostgreSQL; run by bench/nodes.sh, which makes and drops the database. */
public class NodesBench {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString("admin:bench".getBytes());
    static final Random RANDOM = new Random();
    static final List<Process> NODES = Collections.synchronizedList(new ArrayList<>());

    static String java;
    static String jar;
    static Path work;
    static String databaseUrl;

    public static void main(String[] args) throws Exception {
        java = args[0];
        jar = args[1];
        work = Path.of(args[2]);
        databaseUrl = args[3];
        int articles = Integer.parseInt(args[4]);
        int events = Integer.parseInt(args[5]);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> NODES.forEach(Process::destroyForcibly)));

        CuttableProxy proxy = CuttableProxy.to("127.0.0.1", 5432);
        Process a = start("a", 18481, databaseUrl);
        Process b = start("b", 18482, proxy.jdbcUrl(databaseUrl));
        awaitUp(18481, a);
        awaitUp(18482, b);

        lag(articles);
        oneStoryPerEvent(events);
        outage(proxy);
        b.destroy();
        b.waitFor();
        killMidUpload(a);
        NODES.forEach(Process::destroy);
        System.exit(0);
    }

    /** 1. Seconds from node A's 201 to node B's search finding the article. */
    static void lag(int count) throws Exception {
        List<Double> lags = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String word = word();
            HttpResponse<String> added = post(18481, "lag-" + i + ".txt", article(word));
            check(added.statusCode() == 201, "ingest on A: " + added.statusCode());
            long committed = System.nanoTime();
            String id = id(added.body());
            while (!get(18482, "/api/search?q=" + word).body().contains("\"articleId\":" + id + ",")) {
                check(System.nanoTime() - committed < 60_000_000_000L, "B never found article " + id);
                Thread.sleep(2);
            }
            lags.add((System.nanoTime() - committed) / 1e9);
        }
        Collections.sort(lags);
        System.out.printf("1. second node finds an article ingested on the first, over %d articles: "
                        + "p50 %.3f s, p99 %.3f s, max %.3f s%n", count, percentile(lags, 0.50),
                percentile(lags, 0.99), lags.getLast());
    }

    /** 2. Reports of one event posted to both nodes at once form one story. */
    static void oneStoryPerEvent(int count) throws Exception {
        List<TestEvents.Event> events = TestEvents.invent(count, 3);
        record Report(int event, String text, int port) {
        }
        List<Report> reports = new ArrayList<>();
        for (int e = 0; e < events.size(); e++) {
            for (int r = 0; r < 3; r++) {
                reports.add(new Report(e, events.get(e).reports().get(r), (e + r) % 2 == 0 ? 18481 : 18482));
            }
        }
        Collections.shuffle(reports, RANDOM);
        Map<String, Integer> eventOf = new ConcurrentHashMap<>();
        long started = System.nanoTime();
        try (ExecutorService clients = Executors.newFixedThreadPool(8)) {
            List<Future<?>> sent = new ArrayList<>();
            for (Report report : reports) {
                sent.add(clients.submit(() -> {
                    HttpResponse<String> added = post(report.port(), "event.txt", report.text());
                    check(added.statusCode() == 201, "ingest: " + added.statusCode() + " " + added.body());
                    eventOf.put(id(added.body()), report.event());
                    return null;
                }));
            }
            for (Future<?> done : sent) {
                done.get();
            }
        }
        double posted = (System.nanoTime() - started) / 1e9;
        Map<String, String> storyOf;
        while (true) {
            storyOf = storiesOf(get(18481, "/api/articles").body(), eventOf.keySet());
            if (storyOf.size() == eventOf.size() && !storyOf.containsValue("null")) {
                break;
            }
            check(System.nanoTime() - started < 600_000_000_000L, "articles still without a story after 10 minutes");
            Thread.sleep(100);
        }
        double grouped = (System.nanoTime() - started) / 1e9;
        Map<Integer, Set<String>> storiesOfEvent = new HashMap<>();
        Map<String, Set<Integer>> eventsOfStory = new HashMap<>();
        storyOf.forEach((article, story) -> {
            storiesOfEvent.computeIfAbsent(eventOf.get(article), e -> new HashSet<>()).add(story);
            eventsOfStory.computeIfAbsent(story, s -> new HashSet<>()).add(eventOf.get(article));
        });
        long split = storiesOfEvent.values().stream().filter(stories -> stories.size() > 1).count();
        long merged = eventsOfStory.values().stream().filter(evs -> evs.size() > 1).count();
        boolean sameOnB = get(18482, "/api/stories").body().equals(get(18481, "/api/stories").body());
        System.out.printf("2. %d events x 3 reports posted to both nodes by 8 clients in %.1f s, all grouped after %.1f s: "
                        + "%d stories; events split over stories: %d; stories mixing events: %d; /api/stories the same on both: %s%n",
                count, posted, grouped, eventsOfStory.size(), split, merged, sameOnB);
    }

    /** 3. Node B with its database cut off: answers and times, then recovery. */
    static void outage(CuttableProxy proxy) throws Exception {
        String word = word();
        String id = id(post(18482, "before-outage.txt", article(word)).body());
        proxy.cut();
        long cut = System.nanoTime();
        System.out.println("3. node B's database cut off (connections refused and dropped):");
        timed("GET /articles/" + id, () -> HTTP.send(request(18482, "/articles/" + id).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString()));
        timed("GET /api/articles", () -> get(18482, "/api/articles"));
        timed("POST /api/articles", () -> post(18482, "during-outage.txt", article(word())));
        timed("GET /actuator/health", () -> get(18482, "/actuator/health"));
        timed("GET /api/search", () -> get(18482, "/api/search?q=" + word));
        timed("GET /search", () -> get(18482, "/search?q=" + word));
        String missed = word();
        String missedId = id(post(18481, "missed.txt", article(missed)).body());
        Thread.sleep(Math.max(0, 10_000 - (System.nanoTime() - cut) / 1_000_000));
        proxy.restore();
        long restored = System.nanoTime();
        while (get(18482, "/actuator/health").statusCode() != 200) {
            Thread.sleep(50);
        }
        double healthy = (System.nanoTime() - restored) / 1e9;
        while (get(18482, "/api/articles/" + id).statusCode() != 200) {
            Thread.sleep(50);
        }
        double reading = (System.nanoTime() - restored) / 1e9;
        while (!get(18482, "/api/search?q=" + missed).body().contains("\"articleId\":" + missedId + ",")) {
            Thread.sleep(50);
        }
        double caughtUp = (System.nanoTime() - restored) / 1e9;
        System.out.printf("   database back after 10 s: health UP after %.2f s, articles readable after %.2f s, "
                + "the article ingested on A meanwhile found on B after %.2f s%n", healthy, reading, caughtUp);
    }

    /** 4. kill -9 of node A during 300 uploads; restart; every 201 is stored with its blocks and found by search. */
    static void killMidUpload(Process a) throws Exception {
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger sentCount = new AtomicInteger();
        try (ExecutorService clients = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < 300; i++) {
                int n = i;
                clients.submit(() -> {
                    String word = word();
                    try {
                        HttpResponse<String> added = post(18481, "upload-" + n + ".txt", article(word));
                        if (added.statusCode() == 201) {
                            acknowledged.put(id(added.body()), word);
                        }
                    } catch (IOException killed) {
                        // the node is gone
                    }
                    sentCount.incrementAndGet();
                    return null;
                });
            }
            while (acknowledged.size() < 150) {
                Thread.sleep(5);
            }
            a.destroyForcibly().waitFor();
        }
        long restarting = System.nanoTime();
        Process again = start("a2", 18481, databaseUrl);
        awaitUp(18481, again);
        double up = (System.nanoTime() - restarting) / 1e9;
        int lost = 0;
        int withoutBlocks = 0;
        int notFound = 0;
        for (Map.Entry<String, String> article : acknowledged.entrySet()) {
            HttpResponse<String> stored = get(18481, "/api/articles/" + article.getKey());
            if (stored.statusCode() != 200) {
                lost++;
            } else if (!stored.body().contains("\"blocks\":[{")) {
                withoutBlocks++;
            }
            if (!get(18481, "/api/search?q=" + article.getValue()).body().contains("\"articleId\":" + article.getKey() + ",")) {
                notFound++;
            }
        }
        String health = get(18481, "/actuator/health").body();
        Matcher indexed = Pattern.compile("ready: (\\d+) articles").matcher(health);
        int stored = count(get(18481, "/api/articles").body(), "\"id\":");
        System.out.printf("4. kill -9 of node A after %d acknowledged uploads: up again in %.1f s; lost %d, without blocks %d, "
                        + "not found by search %d; the index holds %s articles, the database %d%n", acknowledged.size(), up,
                lost, withoutBlocks, notFound, indexed.find() ? indexed.group(1) : "?", stored);
    }

    interface Call {
        HttpResponse<String> send() throws Exception;
    }

    static void timed(String what, Call call) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = call.send();
        double took = (System.nanoTime() - started) / 1e9;
        String body = response.body().replaceAll("\\s+", " ");
        String shown = body.startsWith("{") ? body.substring(0, Math.min(90, body.length()))
                : body.contains("<h1>") ? body.replaceAll(".*<h1>(.*?)</h1>.*", "page: $1") : "";
        System.out.printf("   %-22s %d in %.2f s%s %s%n", what, response.statusCode(), took,
                response.headers().firstValue("Retry-After").map(r -> ", Retry-After " + r).orElse(""), shown);
    }

    static Process start(String name, int port, String url) throws IOException {
        Process process = new ProcessBuilder(java, "-jar", jar, "--server.port=" + port,
                "--spring.datasource.url=" + url, "--parallax.index-dir=" + work.resolve("index-" + name.charAt(0)),
                "--parallax.admin-password=bench", "--logging.file.name=" + work.resolve(name + ".log"))
                .redirectErrorStream(true).redirectOutput(work.resolve(name + ".out").toFile()).start();
        NODES.add(process);
        return process;
    }

    static void awaitUp(int port, Process process) throws Exception {
        while (true) {
            check(process.isAlive(), "node on port " + port + " died; see its .out file");
            try {
                if (get(port, "/actuator/health").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
    }

    static HttpRequest.Builder request(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60));
    }

    static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return HTTP.send(request(port, path).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(int port, String name, String text) throws IOException, InterruptedException {
        return HTTP.send(request(port, "/api/articles?name=" + name).header("Authorization", ADMIN)
                .header("Content-Type", "text/plain; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(text)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static Map<String, String> storiesOf(String articlesJson, Set<String> ids) {
        Map<String, String> storyOf = new HashMap<>();
        Matcher article = Pattern.compile("\\{\"id\":(\\d+),[^}]*?\"storyId\":(null|\\d+)").matcher(articlesJson);
        while (article.find()) {
            if (ids.contains(article.group(1))) {
                storyOf.put(article.group(1), article.group(2));
            }
        }
        return storyOf;
    }

    static String id(String json) {
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(json);
        check(id.find(), "no id in " + json);
        return id.group(1);
    }

    static int count(String text, String what) {
        int count = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
            count++;
        }
        return count;
    }

    static double percentile(List<Double> sorted, double p) {
        return sorted.get((int) Math.ceil(p * sorted.size()) - 1);
    }

    static void check(boolean condition, String failure) {
        if (!condition) {
            throw new IllegalStateException(failure);
        }
    }

    static String word() {
        StringBuilder word = new StringBuilder("qb");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return word.toString();
    }

    static String article(String word) {
        return "Council Votes on " + word + " Plan\n"
                + "The town council voted on Wednesday to study the " + word + " plan for the market square, the mayor said.\n"
                + "Traders asked for the square to stay open on Saturdays while the " + word + " work goes on.";
    }
}
