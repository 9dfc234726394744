package dev.parallax.background;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Readers before background work. Counts the requests being answered; background work (annotation, grouping,
 * comparisons ahead) calls {@link #yieldToRequests} between two units of its work and waits while any is in flight,
 * for at most {@code parallax.background.yield} (100 ms) at a time, so that it runs in the gaps between requests and
 * is never starved by them. On two cores a background thread that took its turn mid-request doubled a search's p99.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ReadersFirst extends OncePerRequestFilter {

    private static final long PAUSE_NANOS = Duration.ofMillis(1).toNanos();
    /** Readers who send a request as soon as the last is answered leave gaps shorter than this between requests. */
    private static final long QUIET_NANOS = Duration.ofMillis(50).toNanos();

    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile long lastAnswered = System.nanoTime() - QUIET_NANOS;
    private final long longestYieldNanos;

    ReadersFirst(@Value("${parallax.background.yield:100ms}") Duration longestYield) {
        this.longestYieldNanos = longestYield.toNanos();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        inFlight.incrementAndGet();
        try {
            chain.doFilter(request, response);
        } finally {
            lastAnswered = System.nanoTime();
            inFlight.decrementAndGet();
        }
    }

    /** Requests being answered now. */
    public int inFlight() {
        return inFlight.get();
    }

    /**
     * Waits while requests are being answered, at most the longest yield; returns at once when none is. Background
     * work calls it before each unit of its work (an article, a batch, a story).
     */
    public void yieldToRequests() throws InterruptedException {
        long deadline = System.nanoTime() + longestYieldNanos;
        pauseWhile(() -> inFlight.get() > 0 && System.nanoTime() < deadline);
    }

    /**
     * Waits until no request has been answered for a moment, however long that takes. For the extra threads of a
     * kind of background work, instead of {@link #yieldToRequests}: the first thread goes on after its yield, so the
     * work is never starved, while the others stay off the cores that readers are using.
     */
    public void awaitReadersGone() throws InterruptedException {
        pauseWhile(() -> inFlight.get() > 0 || System.nanoTime() - lastAnswered < QUIET_NANOS);
    }

    /**
     * Pauses a background thread while the condition holds. The one point every unit of background work passes: a
     * stop that interrupts the thread ends it here, whether or not it had to wait.
     */
    private static void pauseWhile(BooleanSupplier condition) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        while (condition.getAsBoolean()) {
            LockSupport.parkNanos(PAUSE_NANOS);
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
    }

    /**
     * Threads for background work: daemons, named for their work, at the lowest priority (which the operating
     * system honours where it can; the yield above is what works everywhere).
     */
    public static ThreadFactory backgroundThreads(String name) {
        return Thread.ofPlatform().name(name).daemon().priority(Thread.MIN_PRIORITY).factory();
    }
}
