package dev.parallax.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.nio.file.Files;

/** Ingests the seeds folder when the portal starts; health stays DOWN until it is done. */
@Component("seeds")
@Order(0)
class SeedIngestion implements ApplicationRunner, HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(SeedIngestion.class);

    private final FolderIngestion folders;
    private final IngestionProperties properties;
    private volatile String status = "waiting to ingest the seeds";
    private volatile boolean done;

    SeedIngestion(FolderIngestion folders, IngestionProperties properties) {
        this.folders = folders;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (IngestCommand.isInvoked(args.getSourceArgs())) {
            return;
        }
        if (!Files.isDirectory(properties.seedsDir())) {
            status = "no seeds folder at " + properties.seedsDir().toAbsolutePath();
            log.warn("Starting without seeds: {}", status);
        } else {
            FolderIngestion.Report report = folders.ingest(properties.seedsDir());
            report.files().stream().filter(file -> file.refusal() != null)
                    .forEach(file -> log.warn("Seed {}", file.describe()));
            status = "seeds from %s: %s".formatted(properties.seedsDir(), report.summary());
            log.info("Ingested {}", status);
        }
        done = true;
    }

    @Override
    public Health health() {
        return (done ? Health.up() : Health.down()).withDetail("seeds", status).build();
    }
}
