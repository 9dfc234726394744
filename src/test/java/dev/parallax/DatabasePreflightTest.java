package dev.parallax;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A first run without PostgreSQL is told what to do in one sentence, at once, without a stack trace. */
class DatabasePreflightTest {

    @Test
    void withoutPostgresThePortalStopsAtOnceWithOneSentence() throws Exception {
        int closedPort;
        try (ServerSocket free = new ServerSocket(0)) {
            closedPort = free.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/parallax?user=reader&password=s3cret";
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder portal = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ParallaxApplication.class.getName(), "--spring.datasource.url=" + url)
                .redirectErrorStream(true);
        portal.environment().remove("SPRING_DATASOURCE_URL");

        long started = System.nanoTime();
        Process process = portal.start();
        boolean exited = process.waitFor(60, TimeUnit.SECONDS);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        if (!exited) {
            process.destroyForcibly();
        }
        List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(line -> !line.isBlank()).toList();

        assertThat(exited).isTrue();
        assertThat(process.exitValue()).isEqualTo(1);
        // JVM start included: the check itself gives up after 2 s instead of 30.
        assertThat(took).isLessThan(Duration.ofSeconds(30));
        assertThat(lines).hasSize(1);
        assertThat(lines.getFirst())
                .startsWith("Parallax cannot start: no PostgreSQL answered at jdbc:postgresql://127.0.0.1:" + closedPort)
                .contains("connection refused").contains("SPRING_DATASOURCE_URL").contains("docker compose up")
                .doesNotContain("s3cret").doesNotContain("Exception");
    }

    @Test
    void theUrlShownNeverCarriesThePassword() {
        assertThat(DatabasePreflight.withoutSecrets("jdbc:postgresql://db:5432/news?password=x&ssl=true"))
                .isEqualTo("jdbc:postgresql://db:5432/news?ssl=true");
        assertThat(DatabasePreflight.withoutSecrets("jdbc:postgresql://db/news?user=a&password=x"))
                .isEqualTo("jdbc:postgresql://db/news?user=a");
        assertThat(DatabasePreflight.withoutSecrets("jdbc:postgresql://bob:x@db/news")).isEqualTo("jdbc:postgresql://db/news");
    }

    @Test
    void aRefusedLoginIsToldAsSuch() {
        String sentence = DatabasePreflight.sentence("jdbc:postgresql://db/news", "reader",
                new SQLException("FATAL: password authentication failed for user \"reader\"", "28P01"));

        assertThat(sentence).contains("refused user \"reader\"").contains("SPRING_DATASOURCE_PASSWORD")
                .doesNotContain("docker compose");
    }
}
