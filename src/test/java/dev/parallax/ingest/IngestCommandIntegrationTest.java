package dev.parallax.ingest;

import dev.parallax.support.IntegrationTest;
import dev.parallax.support.TestArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class IngestCommandIntegrationTest {

    @Autowired
    FolderIngestion folders;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    private IngestCommand run(String... args) {
        IngestCommand command = new IngestCommand(folders, new PrintStream(printed, true, StandardCharsets.UTF_8));
        command.run(new DefaultApplicationArguments(args));
        return command;
    }

    @Test
    void printsALinePerFileAndASummary(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("one.txt"), TestArticles.unique("Tram Line Extended"));
        Files.writeString(folder.resolve("two.txt"), "");

        IngestCommand command = run("ingest", folder.toString());

        assertThat(command.getExitCode()).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("added      one.txt → article").contains("“Tram Line Extended”")
                .contains("refused    two.txt: The text is empty.")
                .contains("2 files: 1 added, 0 already there, 1 refused");
    }

    @Test
    void missingFolderOrArgumentFailsWithUsage() {
        assertThat(run("ingest", "/no/such/folder").getExitCode()).isEqualTo(2);
        assertThat(run("ingest").getExitCode()).isEqualTo(2);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("No folder at").contains("Usage:");
    }

    @Test
    void withoutTheCommandNothingHappens() {
        assertThat(run("--server.port=0").getExitCode()).isZero();
        assertThat(printed.size()).isZero();
    }
}
