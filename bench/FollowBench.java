import dev.parallax.support.LocalSite;
import dev.parallax.support.LocalSite.Answer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Following the news, measured: run by bench/follow.sh, which makes and drops the databases. A site on the loopback
 * serves N news pages (copies of the extraction corpus's pages, each made a different article: its own canonical
 * address and a sentence of its own) and feeds that list them.
 *  1. the reference: the ingest command on the same pages saved as files (extraction and ingest, no fetching);
 *  2. one portal, host delay 0, warmed up by N/8 pages through the API: a feed of 7N/16 items, from adding it to
 *     the last page stored; then 7N/16 other pages through POST /api/articles/by-url, CLIENTS at once;
 *  3. two portals on one database: FEEDS feeds of ITEMS items, half added on each node; how often the site saw each
 *     feed and each page; then every feed asked to be polled now on both nodes at once.
 */
public class FollowBench {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString("admin:bench".getBytes());
    static final List<Process> PORTALS = Collections.synchronizedList(new ArrayList<>());
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    static String javaBin;
    static String jar;
    static Path work;
    static String database;

    public static void main(String[] args) throws Exception {
        javaBin = args[0];
        jar = args[1];
        work = Path.of(args[2]);
        database = args[3]; // jdbc:postgresql://localhost:5432/NAME; NAME_ref, NAME_one and NAME_two exist
        int pages = Integer.parseInt(args[4]);
        int clients = Integer.parseInt(args[5]);
        int feeds = Integer.parseInt(args[6]);
        int items = Integer.parseInt(args[7]);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> PORTALS.forEach(Process::destroyForcibly)));

        List<Corpus> corpus = Corpus.read(Path.of("target/test-classes/extraction"));
        try (LocalSite site = LocalSite.start()) {
            site.route("/robots.txt", Answer.of("text/plain", "User-agent: *\nAllow: /\n"));
            List<String> paths = new ArrayList<>();
            int total = pages + feeds * items;
            Path folder = Files.createDirectories(work.resolve("pages"));
            for (int k = 0; k < total; k++) {
                String html = corpus.get(k % corpus.size()).copy(k);
                String path = "/news/" + k;
                site.route(path, Answer.html(html));
                paths.add(path);
                if (k < pages) {
                    Files.writeString(folder.resolve("page-%05d.html".formatted(k)), html);
                }
            }
            reference(pages);
            onePortal(site, paths.subList(0, pages), clients);
            twoPortals(site, paths.subList(pages, total), feeds, items);
        }
        PORTALS.forEach(Process::destroy);
        System.exit(0);
    }

    /** 1. The ingest command on the same pages as files: what extraction and storing cost without fetching. */
    static void reference(int pages) throws Exception {
        Process command = new ProcessBuilder(javaBin, "-jar", jar, "ingest", work.resolve("pages").toString(),
                "--spring.datasource.url=" + database + "_ref", "--parallax.index-dir=" + work.resolve("index-ref"),
                "--logging.file.name=" + work.resolve("ref.log"))
                .redirectErrorStream(true).redirectOutput(work.resolve("ref.out").toFile()).start();
        command.waitFor();
        String out = Files.readString(work.resolve("ref.out"));
        Matcher summary = Pattern.compile("(?m)^(\\d+) files?.*? in ([\\d.]+) s$").matcher(out);
        check(summary.find(), "the ingest command printed no summary; see ref.out");
        double seconds = Double.parseDouble(summary.group(2));
        System.out.printf("reference: the ingest command on %d pages saved as files: %.1f s inside the portal, %.1f pages/s (%s)%n",
                pages, seconds, pages / seconds, summary.group(0));
    }

    /** 2. Fetch, extract and ingest through a feed, then through the API, on a portal warmed up by an eighth of them. */
    static void onePortal(LocalSite site, List<String> allPaths, int clients) throws Exception {
        Process portal = start("one", 18111, database + "_one", "--parallax.fetch.host-delay=0s",
                "--parallax.feeds.max-items-per-poll=" + allPaths.size(), "--parallax.feeds.threads=" + clients);
        awaitUp(18111, portal);
        // Programs send a token: with the admin's password every request would pay a BCrypt check first.
        String token = token(18111);
        int warm = allPaths.size() / 8;
        byUrl(site, allPaths.subList(0, warm), clients, token);
        List<String> paths = allPaths.subList(warm, allPaths.size());
        int half = paths.size() / 2;
        site.route("/feeds/all.xml", Answer.of("application/rss+xml", rss(site, paths.subList(0, half))));
        long started = System.nanoTime();
        HttpResponse<String> added = post(18111, "/api/feeds", "{\"url\": \"" + site.uri("/feeds/all.xml") + "\"}");
        check(added.statusCode() == 201, "POST /api/feeds: " + added.statusCode() + " " + added.body());
        String id = id(added.body());
        String feed;
        do {
            Thread.sleep(100);
            feed = get(18111, "/api/feeds/" + id).body();
        } while (feed.contains("\"status\":\"NEW\"") || !feed.contains("\"pending\":0"));
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("feed of %d items, host delay 0, %d workers (portal warm): %.1f s from POST /api/feeds to the last article stored, %.1f pages/s (%s)%n",
                half, clients, seconds, half / seconds, field(feed, "articlesAdded") + " added");

        List<String> rest = paths.subList(half, paths.size());
        started = System.nanoTime();
        int created = byUrl(site, rest, clients, token);
        seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("POST /api/articles/by-url, bearer token, %d clients, %d pages: %.1f s, %.1f pages/s (%d created; %d pages before, not timed, to warm the portal up)%n",
                clients, rest.size(), seconds, rest.size() / seconds, created, warm);
        System.out.println("  " + metric(18111, "parallax.fetch") + "; " + metric(18111, "parallax.extraction"));
        portal.destroy();
        portal.waitFor();
    }

    static int byUrl(LocalSite site, List<String> rest, int clients, String token) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger createdCount = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            done.add(pool.submit(() -> {
                for (int i; (i = next.getAndIncrement()) < rest.size(); ) {
                    HttpResponse<String> answer = post(18111, "/api/articles/by-url", "{\"url\": \"" + site.uri(rest.get(i)) + "\"}",
                            "Bearer " + token);
                    check(answer.statusCode() == 201 || answer.statusCode() == 200, "by-url: " + answer.statusCode() + " " + answer.body());
                    if (answer.statusCode() == 201) {
                        createdCount.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        pool.shutdown();
        return createdCount.get();
    }

    /** 3. Two nodes on one database: each feed polled once, each page fetched once. */
    static void twoPortals(LocalSite site, List<String> paths, int feeds, int items) throws Exception {
        Process a = start("a", 18112, database + "_two", "--parallax.fetch.host-delay=50ms");
        Process b = start("b", 18113, database + "_two", "--parallax.fetch.host-delay=50ms");
        awaitUp(18112, a);
        awaitUp(18113, b);
        site.forgetRequests();
        List<String> ids = new ArrayList<>();
        long started = System.nanoTime();
        for (int f = 0; f < feeds; f++) {
            String feedPath = "/feeds/" + f + ".xml";
            site.route(feedPath, Answer.of("application/rss+xml", rss(site, paths.subList(f * items, (f + 1) * items)))
                    .withEtag("\"feed-" + f + "\""));
            HttpResponse<String> added = post(f % 2 == 0 ? 18112 : 18113, "/api/feeds", "{\"url\": \"" + site.uri(feedPath) + "\"}");
            check(added.statusCode() == 201, "POST /api/feeds: " + added.statusCode());
            ids.add(id(added.body()));
        }
        awaitAllPolled(ids, feeds * items);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("two nodes, %d feeds of %d items (half added on each node), host delay 50 ms: all stored %.1f s after the first was added%n",
                feeds, items, seconds);
        report(site, feeds, paths.subList(0, feeds * items));
        System.out.println("  polls by node: a " + metric(18112, "parallax.feeds.polls") + "; b " + metric(18113, "parallax.feeds.polls"));

        // Every feed due at the same moment, both nodes looking for work: still one poll each (answered 304).
        for (String id : ids) {
            check(post(18112, "/api/feeds/" + id + "/poll", "").statusCode() == 202, "poll now");
        }
        Thread.sleep(8000);
        long notModified = ids.stream().filter(id -> {
            try {
                return get(18112, "/api/feeds/" + id).body().contains("\"status\":\"NOT_MODIFIED\"");
            } catch (Exception e) {
                return false;
            }
        }).count();
        System.out.printf("  every feed made due at once (poll now), both nodes claiming: %d of %d feeds NOT_MODIFIED;%n", notModified, feeds);
        System.out.println("  polls by node: a " + metric(18112, "parallax.feeds.polls") + "; b " + metric(18113, "parallax.feeds.polls"));
        report(site, feeds, paths.subList(0, feeds * items));
        a.destroy();
        b.destroy();
        a.waitFor();
        b.waitFor();
    }

    static void report(LocalSite site, int feeds, List<String> pages) {
        long[] feedHits = new long[feeds];
        for (int f = 0; f < feeds; f++) {
            feedHits[f] = site.hits("/feeds/" + f + ".xml");
        }
        long minFeed = Arrays.stream(feedHits).min().orElse(0);
        long maxFeed = Arrays.stream(feedHits).max().orElse(0);
        long minPage = pages.stream().mapToLong(site::hits).min().orElse(0);
        long maxPage = pages.stream().mapToLong(site::hits).max().orElse(0);
        System.out.printf("  requests the site saw: each feed %d–%d times, each page %d–%d times (%d requests in all)%n",
                minFeed, maxFeed, minPage, maxPage, site.requests().size());
    }

    static void awaitAllPolled(List<String> ids, int pages) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (true) {
            check(System.nanoTime() < deadline, "the feeds were not all polled within 10 minutes");
            int added = 0;
            boolean settled = true;
            for (String id : ids) {
                String feed = get(18112, "/api/feeds/" + id).body();
                settled &= !feed.contains("\"status\":\"NEW\"") && feed.contains("\"pending\":0");
                added += Integer.parseInt(field(feed, "articlesAdded"));
            }
            if (settled && added == pages) {
                return;
            }
            Thread.sleep(250);
        }
    }

    static String rss(LocalSite site, List<String> paths) {
        StringBuilder xml = new StringBuilder("<rss version=\"2.0\"><channel><title>Bench</title>");
        String now = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now());
        for (String path : paths) {
            xml.append("<item><title>").append(path).append("</title><link>").append(site.uri(path))
                    .append("</link><pubDate>").append(now).append("</pubDate></item>");
        }
        return xml.append("</channel></rss>").toString();
    }

    /** A page of the extraction corpus and what makes a copy of it another article. */
    record Corpus(String html, String canonical, String firstParagraph) {

        static List<Corpus> read(Path folder) throws IOException {
            List<Corpus> pages = new ArrayList<>();
            try (var files = Files.list(folder)) {
                for (Path page : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                    String gold = Files.readString(Path.of(page.toString().replace(".html", ".gold.json")));
                    pages.add(new Corpus(Files.readString(page), field(gold, "url").replace("\\/", "/"),
                            firstText(gold)));
                }
            }
            return pages;
        }

        String copy(int k) {
            String escaped = firstParagraph.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
            String mark = "Copy " + k + " of this report. ";
            return html.replace(canonical, canonical + "copy-" + k + "/").replace(escaped, mark + escaped)
                    .replace(firstParagraph, mark + firstParagraph);
        }
    }

    static String firstText(String gold) {
        Matcher text = Pattern.compile("\"text\": \\[\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(gold);
        check(text.find(), "gold without text");
        return text.group(1).replace("\\\"", "\"").replace("\\\\", "\\");
    }

    static Process start(String name, int port, String url, String... settings) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaBin, "-jar", jar, "--server.port=" + port,
                "--spring.datasource.url=" + url, "--parallax.index-dir=" + work.resolve("index-" + name),
                "--parallax.admin-password=bench", "--logging.file.name=" + work.resolve(name + ".log"),
                "--parallax.fetch.allow-private-addresses=true", "--parallax.annotation.background=false"));
        command.addAll(List.of(settings));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve(name + ".out").toFile()).start();
        PORTALS.add(process);
        return process;
    }

    static void awaitUp(int port, Process process) throws Exception {
        while (true) {
            check(process.isAlive(), "portal on port " + port + " died; see its .out file");
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

    static String metric(int port, String name) throws Exception {
        String body = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/metrics/" + name))
                .header("Authorization", ADMIN).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher count = Pattern.compile("\"statistic\":\"COUNT\",\"value\":([\\d.E]+)").matcher(body);
        return name + " " + (count.find() ? (long) Double.parseDouble(count.group(1)) : 0);
    }

    static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\"\\s*:\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|[\\w.-]+)").matcher(json);
        check(value.find(), "no " + name + " in " + json);
        String found = value.group(1);
        return found.startsWith("\"") ? found.substring(1, found.length() - 1) : found;
    }

    static String id(String json) {
        Matcher id = ID.matcher(json);
        check(id.find(), "no id in " + json);
        return id.group(1);
    }

    static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(int port, String path, String json) throws IOException, InterruptedException {
        return post(port, path, json, ADMIN);
    }

    static HttpResponse<String> post(int port, String path, String json, String authorization) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A token issued the way an admin does it: signed in on the form, issued on /admin/tokens. */
    static String token(int port) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String base = "http://localhost:" + port;
        String csrf = csrf(browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        browser.send(form(base + "/login", "_csrf=" + csrf + "&username=admin&password=bench"), HttpResponse.BodyHandlers.ofString());
        csrf = csrf(browser.send(HttpRequest.newBuilder(URI.create(base + "/admin/tokens")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        String issued = browser.send(form(base + "/admin/tokens", "_csrf=" + csrf + "&name=bench"),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("value=\"(plx_[A-Za-z0-9_-]+)\"").matcher(issued);
        check(token.find(), "could not issue a token");
        return token.group(1);
    }

    static String csrf(String page) {
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        check(csrf.find(), "no CSRF token on the page");
        return java.net.URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
    }

    static HttpRequest form(String url, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
