package dev.parallax.follow;

import dev.parallax.ingest.IngestCommand;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Follows the feeds on this node, under one lifecycle: started with the portal (not in a command, and not when
 * {@code parallax.feeds.enabled=false}), stopped before it. One thread claims due feeds and pages from PostgreSQL as
 * fast as a bounded pool of workers ({@code parallax.feeds.threads}) can take them, and sleeps until the next is due
 * (at most a few seconds, for work other nodes schedule). Claims are leases: on stopping, this node gives back what it
 * has not finished; if it dies, its leases run out and another node takes the work.
 */
@Component("following")
class FollowWorker implements SmartLifecycle, HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(FollowWorker.class);
    /** The longest sleep: how soon a node notices work another node scheduled. */
    private static final Duration IDLE = Duration.ofSeconds(2);
    private static final Duration METRICS_EVERY = Duration.ofSeconds(5);

    private final FeedStore store;
    private final FeedPolling polling;
    private final FollowProperties properties;
    private final boolean command;
    private final String node;
    private final Object wakeUp = new Object();
    private final AtomicLong lagMillis = new AtomicLong();
    private final AtomicLong pendingPages = new AtomicLong();
    private boolean woken;
    private volatile boolean running;
    private Thread loop;
    private ExecutorService workers;
    private Semaphore slots;
    private long metricsAt;

    FollowWorker(FeedStore store, FeedPolling polling, FollowProperties properties, MeterRegistry meters,
                 ApplicationArguments arguments, Environment environment) {
        this.store = store;
        this.polling = polling;
        this.properties = properties;
        this.command = IngestCommand.isInvoked(arguments.getSourceArgs());
        this.node = environment.getProperty("spring.application.name", "parallax") + "@" + hostName() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
        Gauge.builder("parallax.feeds.lag", lagMillis, millis -> millis.get() / 1000.0).baseUnit("seconds")
                .description("How late the most overdue feed is").register(meters);
        Gauge.builder("parallax.feeds.pages.pending", pendingPages, AtomicLong::get)
                .description("Pages of feeds' items waiting to be fetched").register(meters);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException unknown) {
            return "node";
        }
    }

    /** This node's name in leases. */
    String node() {
        return node;
    }

    @Override
    public boolean isAutoStartup() {
        return properties.enabled() && !command;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        slots = new Semaphore(properties.threads());
        AtomicInteger count = new AtomicInteger();
        workers = Executors.newFixedThreadPool(properties.threads(),
                task -> Thread.ofPlatform().name("follow-" + count.incrementAndGet()).daemon().unstarted(task));
        loop = Thread.ofPlatform().name("follow").daemon().start(this::run);
        log.info("Following feeds as {} with {} workers", node, properties.threads());
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        wake();
        try {
            loop.join(Duration.ofSeconds(5));
            workers.shutdown();
            if (!workers.awaitTermination(30, TimeUnit.SECONDS)) {
                workers.shutdownNow(); // a fetch in flight ends at its timeout; its lease runs out
            }
        } catch (InterruptedException interrupted) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
        try {
            store.releaseAll(node);
        } catch (RuntimeException unreachable) {
            log.info("Could not give back this node's leases; they run out in {}", properties.lease());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * How following stands, for the admin: never DOWN (a feed's failure is that site's), but how late the most
     * overdue feed is and how many pages wait, as last counted by the loop.
     */
    @Override
    public Health health() {
        Health.Builder health = Health.up().withDetail("following", running ? "as " + node : "not on this node");
        if (running) {
            health.withDetail("lagSeconds", lagMillis.get() / 1000.0).withDetail("pagesPending", pendingPages.get());
        }
        return health.build();
    }

    /** Work was added on this node (a feed, a poll asked for): look for it now. */
    void wake() {
        synchronized (wakeUp) {
            woken = true;
            wakeUp.notifyAll();
        }
    }

    private void run() {
        boolean failing = false;
        while (running) {
            try {
                refreshMetrics();
                int claimed = claimFeeds() + claimPages();
                if (failing) {
                    log.info("Following feeds again");
                    failing = false;
                }
                Duration sleep = IDLE;
                if (claimed == 0 && slots.availablePermits() > 0) {
                    sleep = store.untilNextDue().filter(due -> due.compareTo(IDLE) < 0).orElse(IDLE);
                } else if (slots.availablePermits() > 0) {
                    sleep = Duration.ZERO; // more may be due
                }
                sleepUntilWoken(sleep);
            } catch (InterruptedException stop) {
                return;
            } catch (RuntimeException e) {
                // The database is unreachable, most likely: nothing is lost, claims are tried again.
                if (!failing) {
                    log.warn("Could not look for feeds to poll; trying again", e);
                    failing = true;
                }
                try {
                    sleepUntilWoken(Duration.ofSeconds(5));
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    private int claimFeeds() {
        int free = slots.availablePermits();
        if (free == 0) {
            return 0;
        }
        var feeds = store.claimDueFeeds(node, properties.lease(), free);
        feeds.forEach(feed -> submit(() -> polling.poll(feed, node), "feed " + feed.url()));
        return feeds.size();
    }

    private int claimPages() {
        int free = slots.availablePermits();
        if (free == 0) {
            return 0;
        }
        var pages = store.claimDuePages(node, properties.lease(), free);
        pages.forEach(page -> submit(() -> polling.fetchPage(page, node), "page " + page.url()));
        return pages.size();
    }

    private void submit(Runnable work, String what) {
        slots.acquireUninterruptibly();
        workers.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException | Error failed) {
                log.warn("Working on {} failed; it is tried again when its lease runs out", what, failed);
            } finally {
                slots.release();
                wake();
            }
        });
    }

    private void sleepUntilWoken(Duration sleep) throws InterruptedException {
        synchronized (wakeUp) {
            if (!woken && !sleep.isZero() && running) {
                wakeUp.wait(Math.max(1, sleep.toMillis()));
            }
            woken = false;
        }
    }

    private void refreshMetrics() {
        long now = System.nanoTime();
        if (now - metricsAt < METRICS_EVERY.toNanos()) {
            return;
        }
        metricsAt = now;
        lagMillis.set((long) (store.lagSeconds() * 1000));
        pendingPages.set(store.pendingPages());
    }
}
