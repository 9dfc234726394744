package dev.parallax.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * @param seedsDir        folder ingested at start-up
 * @param maxArticleBytes the largest text accepted, in bytes
 */
@ConfigurationProperties("parallax")
public record IngestionProperties(Path seedsDir, long maxArticleBytes) {

    public IngestionProperties {
        seedsDir = seedsDir == null ? Path.of("seeds") : seedsDir;
        maxArticleBytes = maxArticleBytes <= 0 ? 1024 * 1024 : maxArticleBytes;
    }
}
