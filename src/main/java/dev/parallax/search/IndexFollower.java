package dev.parallax.search;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

/**
 * Keeps this node's index following the database, whichever node wrote: PostgreSQL notifies every listening node
 * when a transaction changes articles (LISTEN on a connection of its own), and the index catches up a tenth of a
 * second later, with whatever else committed meanwhile; a poll every second is the safety net for a notification
 * missed while a connection was down.
 */
@Component
class IndexFollower implements DisposableBean {

    static final String CHANNEL = "article_changes";
    private static final Logger log = LoggerFactory.getLogger(IndexFollower.class);
    private static final Duration POLL = Duration.ofSeconds(1);
    /**
     * How long a notification waits for the ones behind it: an ingest commits articles by the hundred a second, and
     * one read of the change log then covers a tenth of a second's worth of them instead of one each.
     */
    private static final Duration GATHER = Duration.ofMillis(100);
    private static final Duration CATCH_UP_WAIT = Duration.ofSeconds(30);
    /** Silence on the listening connection is checked now and then: a cut connection also looks silent. */
    private static final int QUIET_POLLS_BEFORE_CHECK = 5;

    private final PassageIndex index;
    private final JdbcConnectionDetails database;
    private final Object signal = new Object();
    private long requested;
    private long completed;
    private volatile boolean running;
    private Thread follower;
    private Thread listener;

    IndexFollower(PassageIndex index, JdbcConnectionDetails database) {
        this.index = index;
        this.database = database;
    }

    synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        follower = Thread.ofPlatform().name("index-follow").daemon().start(this::follow);
        listener = Thread.ofPlatform().name("index-listen").daemon().start(this::listen);
    }

    private void request() {
        synchronized (signal) {
            requested++;
            signal.notifyAll();
        }
    }

    private void follow() {
        boolean failing = false;
        while (running) {
            long target;
            boolean notified;
            synchronized (signal) {
                try {
                    if (completed == requested) {
                        signal.wait(POLL.toMillis());
                    }
                } catch (InterruptedException stop) {
                    return;
                }
                notified = completed != requested;
            }
            if (notified && !pause(GATHER)) {
                return;
            }
            synchronized (signal) {
                target = requested;
            }
            try {
                index.catchUp(CATCH_UP_WAIT);
                if (failing) {
                    log.info("The search index follows the database's article changes again");
                    failing = false;
                }
            } catch (RuntimeException e) {
                if (!failing) {
                    log.warn("Cannot read the database's article changes ({}); search serves what it holds and catches "
                            + "up when the database answers", e.toString());
                    failing = true;
                }
            } finally {
                synchronized (signal) {
                    completed = Math.max(completed, target);
                    signal.notifyAll();
                }
            }
            if (failing && !pause(POLL)) {
                return;
            }
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = connect()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                request(); // whatever was committed while no one listened
                PGConnection notifications = connection.unwrap(PGConnection.class);
                int quiet = 0;
                while (running) {
                    PGNotification[] received = notifications.getNotifications((int) POLL.toMillis());
                    if (received != null && received.length > 0) {
                        request();
                        quiet = 0;
                    } else if (++quiet >= QUIET_POLLS_BEFORE_CHECK) {
                        quiet = 0;
                        if (!connection.isValid(2)) {
                            throw new SQLException("the listening connection stopped answering");
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                log.debug("Listening for article changes failed; listening again shortly", e);
                if (!pause(POLL)) {
                    return;
                }
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        if (database.getUsername() != null) {
            properties.setProperty("user", database.getUsername());
        }
        if (database.getPassword() != null) {
            properties.setProperty("password", database.getPassword());
        }
        properties.setProperty("connectTimeout", "2");
        properties.setProperty("socketTimeout", "10");
        properties.setProperty("ApplicationName", "parallax index follower");
        return DriverManager.getConnection(database.getJdbcUrl(), properties);
    }

    private boolean pause(Duration duration) {
        try {
            Thread.sleep(duration);
            return running;
        } catch (InterruptedException e) {
            return false;
        }
    }

    @Override
    public void destroy() {
        running = false;
        if (follower != null) {
            follower.interrupt();
            listener.interrupt();
        }
    }
}
