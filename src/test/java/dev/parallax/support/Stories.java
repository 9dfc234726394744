package dev.parallax.support;

import dev.parallax.article.ArticleCatalog;

import java.time.Duration;
import java.util.Collection;
import java.util.List;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.notNullValue;

/** Waits for grouping, which puts an ingested article into its story in the background, a moment after ingest. */
public final class Stories {

    /** Far beyond what grouping takes alone: a loaded 2-core machine must not fail the build. */
    public static final Duration GROUPED_WITHIN = Duration.ofSeconds(90);

    private Stories() {
    }

    /** The story these articles form together, once each has one and it is the same for all. */
    public static long formedBy(ArticleCatalog articles, Collection<Long> articleIds) {
        return formedBy(articles, GROUPED_WITHIN, articleIds);
    }

    /** As {@link #formedBy(ArticleCatalog, Collection)}, failing if they have not formed it within the given time. */
    public static long formedBy(ArticleCatalog articles, Duration within, Collection<Long> articleIds) {
        List<Long> stories = await().atMost(within).alias("articles " + articleIds + " form one story")
                .until(() -> articleIds.stream().map(id -> articles.detail(id).summary().storyId()).distinct().toList(),
                        contains(notNullValue()));
        return stories.getFirst();
    }
}
