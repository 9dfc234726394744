package dev.parallax.support;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A database of its own on the local PostgreSQL server for one test run (one JVM), dropped when the JVM exits.
 * The server is PARALLAX_TEST_POSTGRES_URL (default localhost:5432, user postgres).
 */
final class LocalTestDatabase implements JdbcConnectionDetails {

    private static final String SERVER_URL = System.getenv()
            .getOrDefault("PARALLAX_TEST_POSTGRES_URL", "jdbc:postgresql://localhost:5432/postgres");
    private static final String USER = System.getenv().getOrDefault("PARALLAX_TEST_POSTGRES_USER", "postgres");
    private static final String PASSWORD = System.getenv().getOrDefault("PARALLAX_TEST_POSTGRES_PASSWORD", "");
    private static final Map<String, LocalTestDatabase> INSTANCES = new HashMap<>();

    private final String name;

    private LocalTestDatabase(String name) {
        this.name = name;
    }

    /** The run's database for a purpose: "shared" for most tests, another name for a context that needs its own. */
    static synchronized LocalTestDatabase get(String purpose) {
        return INSTANCES.computeIfAbsent(purpose, unused -> {
            String name = "parallax_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            execute("create database " + name);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("drop database if exists " + name + " with (force)")));
            return new LocalTestDatabase(name);
        });
    }

    String name() {
        return name;
    }

    @Override
    public String getJdbcUrl() {
        int slash = SERVER_URL.lastIndexOf('/');
        int query = SERVER_URL.indexOf('?', slash);
        return SERVER_URL.substring(0, slash + 1) + name + (query > 0 ? SERVER_URL.substring(query) : "");
    }

    @Override
    public String getUsername() {
        return USER;
    }

    @Override
    public String getPassword() {
        return PASSWORD;
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(SERVER_URL, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Tests need a PostgreSQL server at " + SERVER_URL
                    + " (or Docker for Testcontainers): " + e.getMessage(), e);
        }
    }
}
