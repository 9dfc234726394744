package dev.parallax.ingest;

import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        List<FileOutcome> outcomes = new ArrayList<>();
        for (Path file : articleFiles(folder)) {
            String name = file.getFileName().toString();
            try {
                outcomes.add(new FileOutcome(name, ingestion.ingest(new IncomingDocument(name, read(file))), null));
            } catch (IngestionRefusedException refused) {
                outcomes.add(new FileOutcome(name, null, refused.getMessage()));
            } catch (UncheckedIOException unreadable) {
                outcomes.add(new FileOutcome(name, null, "could not be read: " + unreadable.getCause().getMessage()));
            }
        }
        return new Report(outcomes);
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
