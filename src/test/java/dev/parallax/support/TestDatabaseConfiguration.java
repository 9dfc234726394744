package dev.parallax.support;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.util.HashMap;
import java.util.Map;

/**
 * A real PostgreSQL for tests: a Testcontainers container where Docker runs, otherwise a fresh database on the
 * local server, made for this run and dropped after it. Never an in-memory stand-in.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

    @Bean
    @ServiceConnection
    @Conditional(DockerAvailable.class)
    PostgreSQLContainer postgresContainer() {
        return new PostgreSQLContainer("postgres:15-alpine");
    }

    /** A test that must not share its articles with the others asks for a database of its own by name. */
    @Bean
    @Conditional(DockerMissing.class)
    JdbcConnectionDetails localPostgres(@Value("${parallax.test.database:shared}") String purpose) {
        return LocalTestDatabase.get(purpose);
    }

    private static final Map<String, PostgreSQLContainer> containers = new HashMap<>();

    /**
     * One database for the portal nodes that tests start themselves, apart from the other tests' so that neither
     * meets the other's articles: on the local server, or in a container of its own.
     */
    static JdbcConnectionDetails nodesDatabase() {
        return databaseOfItsOwn("nodes");
    }

    /** A database for one purpose in this run, apart from every other: on the local server, or in a container. */
    public static synchronized JdbcConnectionDetails databaseOfItsOwn(String purpose) {
        if (!useDocker()) {
            return LocalTestDatabase.get(purpose);
        }
        PostgreSQLContainer container = containers.computeIfAbsent(purpose, unused -> {
            PostgreSQLContainer started = new PostgreSQLContainer("postgres:15-alpine");
            started.start();
            return started;
        });
        return new JdbcConnectionDetails() {
            @Override
            public String getJdbcUrl() {
                return container.getJdbcUrl();
            }

            @Override
            public String getUsername() {
                return container.getUsername();
            }

            @Override
            public String getPassword() {
                return container.getPassword();
            }
        };
    }

    /** PARALLAX_TEST_DATABASE=local|docker overrides the detection. */
    static boolean useDocker() {
        String choice = System.getenv().getOrDefault("PARALLAX_TEST_DATABASE", "auto");
        return switch (choice) {
            case "local" -> false;
            case "docker" -> true;
            default -> DockerClientFactory.instance().isDockerAvailable();
        };
    }

    static class DockerAvailable implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return useDocker();
        }
    }

    static class DockerMissing implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !useDocker();
        }
    }
}
