package dev.parallax.ingest;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Whether articles are arriving, as the background work that holds back for them sees it. */
class IngestionActivityTest {

    @Test
    void quietUntilAnArticleArrivesAndAgainTwoSecondsAfter() throws InterruptedException {
        IngestionActivity activity = new IngestionActivity();
        assertThat(activity.isQuiet()).isTrue();

        activity.arrived();
        assertThat(activity.isQuiet()).isFalse();

        activity.awaitQuiet(System.nanoTime());
        assertThat(activity.isQuiet()).isTrue();
    }

    @Test
    void aPauseLikeABulkClientsBetweenTwoRequestsIsNotQuiet() throws InterruptedException {
        IngestionActivity activity = new IngestionActivity();
        activity.arrived();

        Thread.sleep(1000);

        assertThat(activity.isQuiet()).isFalse();
    }

    @Test
    void workWaitingLongEnoughGoesOnWhileArticlesKeepArriving() {
        IngestionActivity activity = new IngestionActivity();
        long justNow = System.nanoTime();
        long longAgo = justNow - Duration.ofMinutes(1).toNanos();

        activity.arrived();

        assertThat(activity.mayGoOn(justNow)).isFalse();
        assertThat(activity.mayGoOn(longAgo)).isTrue();
    }

    @Test
    void workThatHasWaitedHalfAMinuteNoLongerWaitsForQuiet() throws InterruptedException {
        IngestionActivity activity = new IngestionActivity();
        long halfAMinuteAgo = System.nanoTime() - Duration.ofSeconds(31).toNanos();
        activity.arrived();

        activity.awaitQuiet(halfAMinuteAgo);

        // Returned at once: quiet would take two seconds from the arrival.
        assertThat(activity.isQuiet()).isFalse();
    }

    @Test
    void waitingForQuietEndsAtTheLimitWhileArticlesKeepArriving() throws InterruptedException {
        IngestionActivity activity = new IngestionActivity();
        activity.arrived();

        activity.awaitQuiet(Duration.ZERO);

        assertThat(activity.isQuiet()).isFalse();
    }
}
