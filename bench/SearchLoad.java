import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Query latency for a fixed mix of searches, run with `java bench/SearchLoad.java`:
 *   http BASE_URL CLIENTS ROUNDS [WARM_UP_ROUNDS]   — the portal's /api/search, CLIENTS concurrent clients
 *   pg JDBC_URL CLIENTS ROUNDS [WARM_UP_ROUNDS]     — PostgreSQL full-text search with ts_headline over the same corpus
 * The warm-up rounds (default 10) run the same load unmeasured first.
 * Prints p50/p99 per query kind and overall, in milliseconds.
 */
public class SearchLoad {

    /** The mix: words, phrases, names, OR, prefix, no-hit typos; each with its PostgreSQL tsquery. */
    record Query(String kind, String portal, String tsquery) {
    }

    /** The mix, over the Europarl corpus that bench/search.sh builds. */
    static final List<Query> MIX = List.of(
            new Query("words", "fisheries policy", "fisheries & policy"),
            new Query("words", "Turkey accession negotiations", "turkey & accession & negotiations"),
            new Query("phrase", "\"human rights\"", "human <-> rights"),
            new Query("phrase", "\"internal market\"", "internal <-> market"),
            new Query("name", "Prodi", "prodi"),
            new Query("name", "Kyoto Protocol", "kyoto & protocol"),
            new Query("or", "Kosovo OR Chechnya", "kosovo | chechnya"),
            new Query("or", "tobacco OR alcohol", "tobacco | alcohol"),
            new Query("prefix", "environ*", "environ:*"),
            new Query("prefix", "terror* Turk*", "terror:* & turk:*"),
            new Query("typo", "Parliment Comission", "parliment & comission"),
            new Query("typo", "fisherys qwertyuiop", "fisherys & qwertyuiop"));

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        String target = args[1];
        int clients = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        int warmUpRounds = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        Runner runner = mode.equals("pg") ? new PostgresRunner(target) : new HttpRunner(target);
        // Warm-up, not measured: the same load for a few rounds, so the JIT has compiled the search path.
        load(runner, clients, warmUpRounds, new ArrayList<>());
        if (rounds == 0) {
            return;
        }
        List<long[]> samples = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        load(runner, clients, rounds, samples);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%s, %d clients, %d requests in %.1f s (%.0f/s)%n", mode, clients, samples.size(), seconds, samples.size() / seconds);
        for (String kind : List.of("words", "phrase", "name", "or", "prefix", "typo")) {
            report(kind, samples.stream().filter(s -> MIX.get((int) s[0]).kind().equals(kind)).map(s -> s[1]).toList());
        }
        report("all", samples.stream().map(s -> s[1]).toList());
    }

    /** CLIENTS threads, each running the mix ROUNDS times (each from its own starting query), timing each query. */
    static void load(Runner runner, int clients, int rounds, List<long[]> samples) throws Exception {
        List<long[]> timed = Collections.synchronizedList(samples);
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int offset = c;
                futures.add(pool.submit(() -> {
                    for (int r = 0; r < rounds; r++) {
                        for (int q = 0; q < MIX.size(); q++) {
                            int index = (q + offset) % MIX.size();
                            long t0 = System.nanoTime();
                            runner.run(MIX.get(index));
                            timed.add(new long[]{index, System.nanoTime() - t0});
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        }
    }

    static void report(String label, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf("  %-7s p50 %7.1f ms   p99 %7.1f ms   (n=%d)%n", label, percentile(sorted, 0.50), percentile(sorted, 0.99), sorted.size());
    }

    static double percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1)) / 1e6;
    }

    interface Runner {
        void run(Query query) throws Exception;
    }

    static final class HttpRunner implements Runner {
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private final String base;

        HttpRunner(String base) {
            this.base = base;
        }

        @Override
        public void run(Query query) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/search?size=10&q="
                    + URLEncoder.encode(query.portal(), StandardCharsets.UTF_8))).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(response.statusCode() + " " + response.body());
            }
        }
    }

    /** The same page of results from PostgreSQL: matching articles ranked, their best passage headlined, sources counted. */
    static final class PostgresRunner implements Runner {
        private static final String SQL = """
                with hits as (
                    select article_id, position, text, ts_rank(tsv, q) as rank
                    from passage_fts, to_tsquery('english', ?) q
                    where tsv @@ q),
                best as (
                    select distinct on (article_id) article_id, position, text, rank from hits order by article_id, rank desc),
                page as (select * from best order by rank desc limit 10)
                select p.article_id, p.position, ts_headline('english', p.text, to_tsquery('english', ?),
                           'StartSel=<mark>, StopSel=</mark>, MaxFragments=2') as snippet,
                       (select count(*) from best) as total
                from page p""";
        private final ThreadLocal<Connection> connections;

        PostgresRunner(String url) {
            connections = ThreadLocal.withInitial(() -> {
                try {
                    return DriverManager.getConnection(url, "postgres", "");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }

        @Override
        public void run(Query query) throws Exception {
            try (PreparedStatement statement = connections.get().prepareStatement(SQL)) {
                statement.setString(1, query.tsquery());
                statement.setString(2, query.tsquery());
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        rows.getString(3);
                    }
                }
            }
        }
    }
}
