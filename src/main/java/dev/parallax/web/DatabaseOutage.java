package dev.parallax.web;

import dev.parallax.fetch.FetchException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.servlet.HandlerInterceptor;

import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/** Tells a failure because PostgreSQL cannot be reached from any other: only that one is answered with 503. */
final class DatabaseOutage {

    /** A request attribute: the outage this request already met, before its handler ran. */
    static final String SEEN = DatabaseOutage.class.getName() + ".SEEN";

    private DatabaseOutage() {
    }

    /**
     * Hands a request that already met the outage to the {@link DatabaseOutageResolver} before its handler runs:
     * asking the pool again would wait for a connection as long again (2 s), doubling the time to the 503.
     */
    static HandlerInterceptor interceptor() {
        return new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (request.getAttribute(SEEN) instanceof RuntimeException outage) {
                    throw outage;
                }
                return true;
            }
        };
    }

    static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof FetchException) {
                return false; // another site's socket failing is that site's failure, not the database's
            }
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SocketException
                    || cause instanceof SocketTimeoutException
                    || cause instanceof SQLException sql && (isConnectionState(sql.getSQLState()) || isClosedByPool(sql))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The pool closes a connection that failed with a connection error; rolling back on it then fails with this,
     * and that failure is what reaches the handler (the rollback's exception replaces the first).
     */
    private static boolean isClosedByPool(SQLException failure) {
        return failure.getSQLState() == null && "Connection is closed".equals(failure.getMessage());
    }

    /** SQLSTATE class 08 is a connection exception; 57P01–57P03: the server is shutting down or not accepting. */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }
}
