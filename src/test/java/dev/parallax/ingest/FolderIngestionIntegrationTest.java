package dev.parallax.ingest;

import dev.parallax.article.ArticleRepository;
import dev.parallax.support.IntegrationTest;
import dev.parallax.support.TestArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.event.TransactionalEventListener;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@Import(FolderIngestionIntegrationTest.Listener.class)
class FolderIngestionIntegrationTest {

    @Autowired
    FolderIngestion folders;
    @Autowired
    ArticleRepository articles;
    @Autowired
    Listener listener;

    /** Records what features listening to ingestion would see after commit; read through a method, as it is proxied. */
    @TestConfiguration
    static class Listener {
        private final List<Long> committed = new CopyOnWriteArrayList<>();

        @TransactionalEventListener
        void on(ArticleIngested event) {
            committed.add(event.articleId());
        }

        List<Long> committed() {
            return committed;
        }
    }

    @Test
    void reportsEachFileAndCarriesOnPastRefusedOnes(@TempDir Path folder) throws Exception {
        String good = TestArticles.unique("Pier Repairs Begin");
        Files.writeString(folder.resolve("a_good.txt"), good);
        Files.write(folder.resolve("b_binary.txt"), new byte[]{0, 1, 2, 3});
        Files.writeString(folder.resolve("c_same.txt"), good);
        Files.writeString(folder.resolve("d_other.txt"), TestArticles.unique("Ferry Timetable Changes"));
        Files.writeString(folder.resolve(".hidden"), "ignored");
        long before = articles.count();
        int eventsBefore = listener.committed().size();

        FolderIngestion.Report report = folders.ingest(folder);

        assertThat(report.files()).extracting(FolderIngestion.FileOutcome::file)
                .containsExactly("a_good.txt", "b_binary.txt", "c_same.txt", "d_other.txt");
        assertThat(report.count(true)).isEqualTo(2);
        assertThat(report.count(false)).isEqualTo(1);
        assertThat(report.refused()).isEqualTo(1);
        assertThat(report.files().get(1).describe()).startsWith("refused").contains("binary");
        assertThat(report.files().get(2).describe()).startsWith("duplicate");
        assertThat(report.files().get(2).outcome().article().id()).isEqualTo(report.files().get(0).outcome().article().id());
        assertThat(articles.count()).isEqualTo(before + 2);
        // One event per new article, none for the duplicate or the refused file.
        assertThat(listener.committed().subList(eventsBefore, listener.committed().size())).hasSize(2)
                .contains(report.files().get(0).outcome().article().id());
    }
}
