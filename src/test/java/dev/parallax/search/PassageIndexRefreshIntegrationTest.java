package dev.parallax.search;

import dev.parallax.article.ArticleCatalog;
import dev.parallax.article.ArticleDetail;
import dev.parallax.article.ArticleSummary;
import dev.parallax.article.BlockKind;
import dev.parallax.support.IntegrationTest;
import dev.parallax.support.TestArticles;
import dev.parallax.text.ContentWords;
import org.apache.lucene.search.ReferenceManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Work that must see every write (grouping finds an article's neighbours through the index) refreshes the index
 * first; that refresh may not settle for a bounded wait on the reopen thread, which can be slow on a loaded machine.
 */
@IntegrationTest
class PassageIndexRefreshIntegrationTest {

    /** Far longer than a search waits for the reopen thread; the article is written while a reopen lasts. */
    private static final Duration SLOW_REOPEN = Duration.ofSeconds(3);

    @Autowired
    ArticleCatalog catalog;

    @TempDir
    Path folder;
    private PassageIndex index;

    @AfterEach
    void close() {
        if (index != null) {
            index.destroy();
        }
    }

    @Test
    void aRefreshMakesTheLatestWriteVisibleWhileTheReopenThreadIsSlow() throws InterruptedException {
        index = new PassageIndex(folder, catalog);
        index.openAndRepair();
        CountDownLatch reopening = stallNextReopen();
        // The reopen thread refreshes at least every second; it is now stuck in a reopen, as under load.
        assertThat(reopening.await(10, TimeUnit.SECONDS)).isTrue();

        ArticleDetail article = article(Long.MAX_VALUE - 1,
                TestArticles.unique("Slow Reopen " + TestArticles.uniqueWord()));
        index.index(article);
        index.refresh();

        assertThat(new CorpusStatistics(index).similarArticles(wordsOf(article), -1, 10))
                .extracting(CorpusStatistics.SimilarArticle::articleId)
                .contains(article.summary().id());
    }

    /** Stalls the reopen thread's next periodic refresh for {@link #SLOW_REOPEN}; counts down as it starts. */
    private CountDownLatch stallNextReopen() {
        CountDownLatch reopening = new CountDownLatch(1);
        AtomicBoolean stalled = new AtomicBoolean();
        try (PassageIndex.Searcher borrowed = index.acquire()) {
            borrowed.manager().addListener(new ReferenceManager.RefreshListener() {
                @Override
                public void beforeRefresh() throws IOException {
                    if (stalled.compareAndSet(false, true)) {
                        reopening.countDown();
                        try {
                            Thread.sleep(SLOW_REOPEN);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                }

                @Override
                public void afterRefresh(boolean didRefresh) {
                }
            });
        }
        return reopening;
    }

    private static ArticleDetail article(long id, String text) {
        String[] lines = text.split("\n");
        List<ArticleDetail.BlockView> blocks = new ArrayList<>();
        blocks.add(new ArticleDetail.BlockView(0, BlockKind.TITLE, lines[0]));
        for (int i = 1; i < lines.length; i++) {
            blocks.add(new ArticleDetail.BlockView(i, BlockKind.PARAGRAPH, lines[i]));
        }
        return ArticleDetail.of(new ArticleSummary(id, "slow-reopen.txt", "Slow Reopen Test", lines[0], false,
                text.split("\\s+").length), blocks);
    }

    private static Map<String, Double> wordsOf(ArticleDetail article) {
        return ContentWords.counts(article.comparableText()).keySet().stream()
                .collect(Collectors.toMap(word -> word, word -> 1.0));
    }
}
