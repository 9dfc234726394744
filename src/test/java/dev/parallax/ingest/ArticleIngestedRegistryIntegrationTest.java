package dev.parallax.ingest;

import dev.parallax.article.ArticleCatalog;
import dev.parallax.support.IntegrationTest;
import dev.parallax.support.TestArticles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventSerializer;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ArticleIngested is kept in the event publication registry until every module listener has handled it: it must
 * come back from its stored form whole, or a listener resubmitted after a failure would get less than the article.
 */
@IntegrationTest
class ArticleIngestedRegistryIntegrationTest {

    @Autowired
    EventSerializer serializer;
    @Autowired
    ArticleIngestion ingestion;
    @Autowired
    ArticleCatalog catalog;

    @Test
    void theEventSurvivesTheRegistryWhole() {
        long id = ingestion.ingest(new IncomingDocument("registry.txt",
                TestArticles.unique("Registry Keeps the Whole Article").getBytes(StandardCharsets.UTF_8))).article().id();
        ArticleIngested event = new ArticleIngested(catalog.detail(id));

        Object stored = serializer.serialize(event);
        ArticleIngested back = serializer.deserialize(stored, ArticleIngested.class);

        assertThat(back).isEqualTo(event);
        assertThat(back.article().blocks()).isNotEmpty();
    }
}
