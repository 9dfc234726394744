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
