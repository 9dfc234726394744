package dev.parallax.ingest;

import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/** Ingests every file of a folder, each on its own: a refused file is reported and the others go on. */
@Component
public class FolderIngestion {

    private final ArticleIngestion ingestion;

    FolderIngestion(ArticleIngestion ingestion) {
        this.ingestion = ingestion;
    }

    /** What became of one file. */
    public record FileOutcome(String file, IngestionOutcome outcome, String refusal) {

        public String describe() {
            if (refusal != null) {
                return "refused    %s: %s".formatted(file, refusal);
            }
            return "%s %s → article %d “%s”".formatted(outcome.created() ? "added     " : "duplicate ", file,
                    outcome.article().id(), outcome.article().title());
        }
    }

    public record Report(List<FileOutcome> files) {

        public long count(boolean created) {
            return files.stream().filter(f -> f.outcome() != null && f.outcome().created() == created).count();
        }

        public long refused() {
            return files.stream().filter(f -> f.refusal() != null).count();
        }

        public String summary() {
            return "%d files: %d added, %d already there, %d refused"
                    .formatted(files.size(), count(true), count(false), refused());
        }
    }

    public Report ingest(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("No folder at " + folder.toAbsolutePath());
        }
        List<Path> files = articleFiles(folder);
        // Reading and parsing run on every core; storing goes in file order, so that of two equal texts the first
        // by name is the one added, and the second is known as its duplicate without trying to store it again.
        int workers = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), files.size()));
        try (ExecutorService pool = Executors.newFixedThreadPool(workers)) {
            List<Future<ArticleIngestion.Prepared>> prepared = new ArrayList<>(files.size());
            for (Path file : files) {
                prepared.add(pool.submit(() -> ingestion.prepare(new IncomingDocument(name(file), read(file)))));
            }
            List<FileOutcome> outcomes = new ArrayList<>(files.size());
            Map<String, IngestionOutcome> storedByHash = new HashMap<>();
            for (int i = 0; i < files.size(); i++) {
                outcomes.add(store(name(files.get(i)), prepared.get(i), storedByHash));
            }
            return new Report(outcomes);
        }
    }

    private FileOutcome store(String name, Future<ArticleIngestion.Prepared> prepared, Map<String, IngestionOutcome> storedByHash) {
        try {
            return new FileOutcome(name, ingestion.store(prepared.get(), storedByHash), null);
        } catch (ExecutionException failed) {
            return switch (failed.getCause()) {
                case IngestionRefusedException refused -> new FileOutcome(name, null, refused.getMessage());
                case UncheckedIOException unreadable ->
                        new FileOutcome(name, null, "could not be read: " + unreadable.getCause().getMessage());
                case RuntimeException other -> throw other;
                default -> throw new IllegalStateException(failed.getCause());
            };
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while ingesting a folder", e);
        }
    }

    private static String name(Path file) {
        return file.getFileName().toString();
    }

    private static List<Path> articleFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads at most one byte past the limit, so a huge file is refused without being loaded. */
    private byte[] read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, ingestion.maxArticleBytes() + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
