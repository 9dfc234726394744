package dev.parallax.background;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class ReadersFirstTest {

    private final ReadersFirst readers = new ReadersFirst(Duration.ofSeconds(5));

    @Test
    void backgroundWorkGoesOnAtOnceWhenNoRequestIsBeingAnswered() throws InterruptedException {
        long started = System.nanoTime();
        readers.yieldToRequests();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void aStoppedBackgroundThreadEndsAtItsNextYieldEvenWithNoRequestInFlight() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(readers::yieldToRequests).isInstanceOf(InterruptedException.class);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void backgroundWorkWaitsUntilTheRequestInFlightIsAnswered() throws Exception {
        CountDownLatch answering = new CountDownLatch(1);
        CountDownLatch answer = new CountDownLatch(1);
        CompletableFuture<Void> request = CompletableFuture.runAsync(() -> {
            try {
                readers.doFilter(new MockHttpServletRequest("GET", "/search"), new MockHttpServletResponse(), (in, out) -> {
                    answering.countDown();
                    try {
                        answer.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(answering.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(readers.inFlight()).isOne();

        CompletableFuture<Void> background = CompletableFuture.runAsync(() -> {
            try {
                readers.yieldToRequests();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Thread.sleep(200);
        assertThat(background).isNotDone();

        answer.countDown();
        request.get(5, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(2)).until(background::isDone);
        assertThat(readers.inFlight()).isZero();
    }

    @Test
    void aRequestThatNeverEndsHoldsBackgroundWorkOnlyForTheLongestYield() throws Exception {
        ReadersFirst brief = new ReadersFirst(Duration.ofMillis(100));
        CountDownLatch answering = new CountDownLatch(1);
        CountDownLatch answer = new CountDownLatch(1);
        CompletableFuture.runAsync(() -> {
            try {
                brief.doFilter(new MockHttpServletRequest("GET", "/stream"), new MockHttpServletResponse(), (in, out) -> {
                    answering.countDown();
                    try {
                        answer.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(answering.await(5, TimeUnit.SECONDS)).isTrue();
        try {
            long started = System.nanoTime();
            brief.yieldToRequests();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(90), Duration.ofSeconds(2));
        } finally {
            answer.countDown();
        }
    }

    @Test
    void extraBackgroundThreadsWaitUntilReadersHaveBeenGoneForAMoment() throws Exception {
        readers.doFilter(new MockHttpServletRequest("GET", "/search"), new MockHttpServletResponse(), (in, out) -> { });
        long answered = System.nanoTime();

        readers.awaitReadersGone();

        assertThat(Duration.ofNanos(System.nanoTime() - answered)).isGreaterThanOrEqualTo(Duration.ofMillis(50));
        long started = System.nanoTime();
        readers.awaitReadersGone();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void aStoppedExtraThreadEndsAtItsNextWaitEvenWithNoReaders() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(readers::awaitReadersGone).isInstanceOf(InterruptedException.class);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void backgroundThreadsAreDaemonsAtTheLowestPriority() {
        Thread thread = ReadersFirst.backgroundThreads("annotation").newThread(() -> { });
        assertThat(thread.isDaemon()).isTrue();
        assertThat(thread.getPriority()).isEqualTo(Thread.MIN_PRIORITY);
        assertThat(thread.getName()).isEqualTo("annotation");
    }
}
