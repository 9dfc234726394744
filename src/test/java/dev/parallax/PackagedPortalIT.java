package dev.parallax;

import dev.parallax.support.TestArticles;
import dev.parallax.support.TestDatabaseConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The jar as it ships, started the way production starts it: with the application context generated at build
 * time (Spring AOT) and the repository queries generated with it, none of which the other tests run. It must come
 * up with the seeds, show them, take an article through the API and group it into a story.
 */
class PackagedPortalIT {

    private static final Path JAR = Path.of("target", "parallax.jar");
    private static final String PASSWORD = "packaged-portal";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private static Process portal;
    private static Path log;
    private static String base;

    @BeforeAll
    static void startThePackagedJar() throws Exception {
        assertThat(JAR).as("the packaged jar (mvn package)").exists();
        JdbcConnectionDetails database = TestDatabaseConfiguration.databaseOfItsOwn("packaged");
        int port = freePort();
        base = "http://localhost:" + port;
        Path work = Files.createTempDirectory("packaged-portal");
        log = work.resolve("console.log");
        ProcessBuilder start = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        start.environment().putAll(Map.of(
                "SPRING_DATASOURCE_URL", database.getJdbcUrl(),
                "SPRING_DATASOURCE_USERNAME", database.getUsername(),
                "SPRING_DATASOURCE_PASSWORD", database.getPassword(),
                "SERVER_PORT", String.valueOf(port),
                "PARALLAX_INDEX_DIR", work.resolve("index").toString(),
                "PARALLAX_LOG_FILE", work.resolve("parallax.log").toString(),
                "PARALLAX_SEEDS_DIR", Path.of("seeds").toAbsolutePath().toString(),
                "PARALLAX_ADMIN_PASSWORD", PASSWORD));
        portal = start.start();
        // A portal that stopped will never answer: its output says why, at once rather than after the wait.
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250))
                .failFast(() -> assertThat(portal.isAlive()).as("the portal is running; its output:%n%s", output()).isTrue())
                .untilAsserted(() -> assertThat(status("/actuator/health"))
                        .as("health UP within 3 minutes; output:%n%s", output()).isEqualTo(200));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (portal != null) {
            portal.destroy();
            if (!portal.waitFor(30, TimeUnit.SECONDS)) {
                portal.destroyForcibly();
            }
        }
    }

    @Test
    void runsTheContextGeneratedAtBuildTime() throws IOException {
        assertThat(output()).contains("Starting AOT-processed ParallaxApplication");
    }

    @Test
    void showsTheSeedsAndTheirStory() throws Exception {
        JsonNode articles = json(get("/api/articles"));
        assertThat(articles.findValues("id")).hasSizeGreaterThanOrEqualTo(5);
        long story = awaitStoryOf(articles.findValues("id").getFirst().asLong());

        assertThat(status("/")).isEqualTo(200);
        assertThat(status("/stories/" + story)).isEqualTo(200);
        assertThat(status("/api/stories/" + story + "/comparison")).isEqualTo(200);
        assertThat(status("/questions")).isEqualTo(200);
    }

    @Test
    void takesAnArticleThroughTheApiAndGroupsIt() throws Exception {
        String word = TestArticles.uniqueWord();
        String text = TestArticles.unique("Packaged Portal Reports on " + word) + "\nThe " + word + " was reported.\n";
        String line = JSON.writeValueAsString(Map.of("name", "packaged.txt", "text", text)) + "\n";
        HttpResponse<String> added = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/articles/bulk"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(line)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        JsonNode outcome = json(added.body()).get(0);
        assertThat(outcome.get("outcome").asString()).isEqualTo("ADDED");
        long id = outcome.get("id").asLong();
        assertThat(json(get("/api/search?q=" + word)).toString()).contains("\"articleId\":" + id);
        awaitStoryOf(id);
    }

    /** The story an article is grouped into, waiting for grouping (it runs in the background). */
    private static long awaitStoryOf(long articleId) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .alias("article " + articleId + " grouped within a minute")
                .until(() -> json(get("/api/articles/" + articleId)).path("storyId"), JsonNode::isNumber)
                .asLong();
    }

    private static String get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        return response.body();
    }

    private static int status(String path) throws InterruptedException {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException notYet) {
            return -1;
        }
    }

    private static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    private static String output() throws IOException {
        return Files.readString(log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }
}
