package dev.parallax.support;

import dev.parallax.ParallaxApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One more portal process, as an operator runs several on one PostgreSQL: an application context of its own in
 * this JVM, with its own index folder, on the nodes' database (or on a proxy to it).
 */
public final class PortalNode implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final Path indexDir;

    private PortalNode(ConfigurableApplicationContext context, Path indexDir) {
        this.context = context;
        this.indexDir = indexDir;
    }

    /** The nodes' database, as every node sees it unless it goes through a proxy. */
    public static JdbcConnectionDetails database() {
        return TestDatabaseConfiguration.nodesDatabase();
    }

    public static PortalNode start(String name, WebApplicationType web) {
        return start(name, web, database().getJdbcUrl(), Path.of("target", "test-index-" + name + "-" + UUID.randomUUID()));
    }

    /** A node on the given database URL (the tests' user and password) with the given index folder. */
    public static PortalNode start(String name, WebApplicationType web, String jdbcUrl, Path indexDir) {
        return start(name, web, jdbcUrl, indexDir, Map.of());
    }

    /** A node with settings of its own besides the nodes' (as an operator's environment would give them). */
    public static PortalNode start(String name, WebApplicationType web, String jdbcUrl, Path indexDir, Map<String, Object> settings) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", jdbcUrl);
        properties.put("spring.datasource.username", database().getUsername());
        properties.put("spring.datasource.password", database().getPassword());
        properties.put("parallax.index-dir", indexDir.toString());
        properties.put("parallax.admin-password", IntegrationTest.ADMIN_PASSWORD);
        properties.put("server.port", "0");
        properties.put("spring.application.name", "parallax-" + name);
        properties.put("spring.datasource.hikari.minimum-idle", "1"); // as in IntegrationTest: connections are shared
        properties.put("spring.datasource.hikari.idle-timeout", "10000");
        properties.putAll(settings);
        // As arguments, so that they override application.properties as an operator's settings would.
        String[] arguments = properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ParallaxApplication.class)
                .web(web)
                .run(arguments);
        return new PortalNode(context, indexDir);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "-1"));
    }

    public Path indexDir() {
        return indexDir;
    }

    @Override
    public void close() {
        context.close();
    }
}
