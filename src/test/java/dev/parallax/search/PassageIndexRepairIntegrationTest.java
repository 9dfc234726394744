package dev.parallax.search;

import dev.parallax.article.ArticleCatalog;
import dev.parallax.article.ArticleDetail;
import dev.parallax.article.CorpusFingerprint;
import dev.parallax.ingest.ArticleIngestion;
import dev.parallax.ingest.IncomingDocument;
import dev.parallax.ingest.IngestionRefusedException;
import dev.parallax.support.IntegrationTest;
import dev.parallax.support.TestArticles;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The index is derived from PostgreSQL: whatever happens to its folder, start-up makes them agree again. */
@IntegrationTest
class PassageIndexRepairIntegrationTest {

    @Autowired
    ArticleCatalog catalog;
    @Autowired
    ArticleIngestion ingestion;
    @Autowired
    PassageIndex portalIndex;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;
    private PassageIndex index;

    private PassageIndex openIndex() {
        index = new PassageIndex(folder, catalog);
        index.openAndRepair();
        return index;
    }

    @AfterEach
    void close() {
        if (index != null) {
            index.destroy();
        }
    }

    @Test
    void buildsAMissingIndexFromTheDatabase() {
        PassageIndex opened = openIndex();

        assertThat(opened.isReady()).isTrue();
        assertThat(opened.fingerprint()).isEqualTo(catalog.fingerprint());
    }

    @Test
    void rebuildsAfterTheIndexFolderIsDeleted() throws IOException {
        openIndex().destroy();
        deleteTree(folder);

        assertThat(openIndex().fingerprint()).isEqualTo(catalog.fingerprint());
    }

    @Test
    void rebuildsWhenAFileOfTheIndexIsDamaged() throws IOException {
        openIndex().destroy();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("CURRENT")
                    && !f.getFileName().toString().endsWith(".lock")).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                for (int i = bytes.length / 2; i < bytes.length && i < bytes.length / 2 + 16; i++) {
                    bytes[i] ^= 0x5A;
                }
                Files.write(file, bytes);
            }
        }

        PassageIndex reopened = openIndex();

        assertThat(reopened.isReady()).isTrue();
        assertThat(reopened.fingerprint()).isEqualTo(catalog.fingerprint());
    }

    @Test
    void rebuildsAnIndexWrittenInAnotherLayout() throws IOException {
        openIndex().destroy();
        String before = Files.readString(folder.resolve("CURRENT")).strip();
        try (FSDirectory directory = FSDirectory.open(folder.resolve(before));
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            writer.setLiveCommitData(Map.of("parallax.layout", "0").entrySet());
            writer.commit();
        }

        PassageIndex reopened = openIndex();

        assertThat(Files.readString(folder.resolve("CURRENT")).strip()).isNotEqualTo(before);
        assertThat(reopened.fingerprint()).isEqualTo(catalog.fingerprint());
    }

    @Test
    void anArticleIndexedAgainCountsOnceAndTheIndexIsTrustedAtTheNextStart() throws IOException {
        PassageIndex opened = openIndex();
        opened.index(catalog.detail(catalog.firstIds(1).getFirst()));
        opened.commit(); // its old documents are now deleted ones in an older segment

        assertThat(opened.fingerprint()).isEqualTo(catalog.fingerprint());
        opened.destroy();
        String before = Files.readString(folder.resolve("CURRENT")).strip();

        PassageIndex reopened = openIndex();

        assertThat(Files.readString(folder.resolve("CURRENT")).strip()).isEqualTo(before);
        assertThat(reopened.fingerprint()).isEqualTo(catalog.fingerprint());
    }

    @Test
    void catchesUpWithArticlesAddedWhileItWasClosed() {
        openIndex().destroy();
        ingestion.ingest(new IncomingDocument("while-closed.txt",
                TestArticles.unique("Added While Closed").getBytes(StandardCharsets.UTF_8)));

        assertThat(openIndex().fingerprint()).isEqualTo(catalog.fingerprint());
    }

    @Test
    void anArticleWhoseIndexingAtItsCommitFailedIsReadBackFromTheChangeLog() {
        PassageIndex opened = openIndex();
        long id = ingestion.ingest(new IncomingDocument("failed-at-commit.txt",
                TestArticles.unique("Failed At Its Commit").getBytes(StandardCharsets.UTF_8))).article().id();
        String transaction = jdbc.sql("select cast(txid as text) from article_change where article_id = :id")
                .param("id", id).query(String.class).single();
        ArticleDetail stored = catalog.detail(id);
        opened.willIndexAtCommit(id, transaction);

        ArticleDetail unreadable = new ArticleDetail(stored.summary(), stored.publishedOn(), stored.author(), stored.language(),
                stored.extraction(), null);
        assertThatThrownBy(() -> opened.indexCommitted(unreadable)).isInstanceOf(RuntimeException.class);
        opened.catchUp(Duration.ofSeconds(10));

        assertThat(opened.fingerprint()).isEqualTo(catalog.fingerprint());
    }

    @Test
    void refusedIngestLeavesIndexAndDatabaseAgreeing() {
        // Compared before and after: test contexts on other ports share this database but keep their own index.
        CorpusFingerprint indexBefore = portalIndex.fingerprint();
        CorpusFingerprint databaseBefore = catalog.fingerprint();
        assertThatThrownBy(() -> ingestion.ingest(new IncomingDocument("bad.txt", new byte[]{0, 1, 2})))
                .isInstanceOf(IngestionRefusedException.class);

        assertThat(portalIndex.fingerprint()).isEqualTo(indexBefore);
        assertThat(catalog.fingerprint()).isEqualTo(databaseBefore);
    }

    @Test
    void newArticlesAreSearchableAsSoonAsTheIngestReturns() {
        CorpusFingerprint indexBefore = portalIndex.fingerprint();
        long id = ingestion.ingest(new IncomingDocument("zephyrine.txt", ("Zephyrine Lighthouse Reopens\n"
                + "The old Zephyrine lighthouse reopened to visitors on Sunday after the keepers repaired its lamp and stairs. "
                + "Volunteers guided tours all afternoon and sold tea in the keepers cottage.").getBytes(StandardCharsets.UTF_8)))
                .article().id();

        CorpusFingerprint indexed = portalIndex.fingerprint();
        assertThat(indexed.maxId()).isEqualTo(id);
        assertThat(indexed.count()).isEqualTo(indexBefore.count() + 1);
        assertThat(indexed.idSum()).isEqualTo(indexBefore.idSum() + id);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> tree = Files.walk(root)) {
            tree.sorted(Comparator.reverseOrder()).filter(path -> !path.equals(root)).forEach(path -> path.toFile().delete());
        }
    }
}
