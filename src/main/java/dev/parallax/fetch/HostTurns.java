package dev.parallax.fetch;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Spaces the requests to one host across every node: the time a host may next be asked is kept in PostgreSQL, and a
 * node takes its turn by moving that time forward in one statement, which succeeds only once the time has come. Two
 * nodes can never both take the same turn, and no node holds a lock or a connection while it waits.
 */
@Component
class HostTurns {

    private static final long POLL_MILLIS_MAX = 250;

    private final JdbcClient jdbc;

    HostTurns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes a turn at the host, after which nobody asks it for {@code spacing}; waits at most {@code maxWait} for it.
     *
     * @return empty once the turn is taken, else how long until the host's turn comes
     */
    Optional<Duration> take(String host, Duration spacing, Duration maxWait) throws InterruptedException {
        if (spacing.isZero()) {
            return Optional.empty();
        }
        long deadline = System.nanoTime() + maxWait.toNanos();
        while (true) {
            Optional<OffsetDateTime> taken = jdbc.sql("""
                            insert into fetch_host (host, next_at) values (:host, clock_timestamp() + cast(:spacing as interval))
                            on conflict (host) do update set next_at = excluded.next_at
                            where fetch_host.next_at <= clock_timestamp()
                            returning next_at
                            """)
                    .param("host", host).param("spacing", spacing.toMillis() + " milliseconds")
                    .query(OffsetDateTime.class).optional();
            if (taken.isPresent()) {
                return Optional.empty();
            }
            Duration wait = untilFree(host);
            long left = deadline - System.nanoTime();
            if (wait.toNanos() > left) {
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            }
            Thread.sleep(Math.max(1, Math.min(wait.toMillis(), POLL_MILLIS_MAX)));
        }
    }

    /** Asks nobody on any node to request the host for this long (its {@code Retry-After}, or a failure's pause). */
    void holdOff(String host, Duration pause) {
        jdbc.sql("""
                        insert into fetch_host (host, next_at) values (:host, clock_timestamp() + cast(:pause as interval))
                        on conflict (host) do update set next_at = greatest(fetch_host.next_at, excluded.next_at)
                        """)
                .param("host", host).param("pause", pause.toMillis() + " milliseconds").update();
    }

    /** When each of these hosts may next be asked; hosts never asked are not listed. */
    Optional<Instant> nextTurn(String host) {
        return jdbc.sql("select next_at from fetch_host where host = :host").param("host", host)
                .query(OffsetDateTime.class).optional().map(OffsetDateTime::toInstant);
    }

    private Duration untilFree(String host) {
        return jdbc.sql("select greatest(0, extract(epoch from next_at - clock_timestamp()) * 1000) from fetch_host where host = :host")
                .param("host", host).query(Double.class).optional()
                .map(millis -> Duration.ofMillis((long) Math.ceil(millis))).orElse(Duration.ZERO);
    }
}
