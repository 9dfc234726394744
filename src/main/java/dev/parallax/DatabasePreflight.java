package dev.parallax;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Before anything starts, checks that PostgreSQL answers, so that a first run without one is told what to do in
 * one sentence, at once, instead of a stack trace after the connection pool and the migrations have timed out.
 */
final class DatabasePreflight implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)([?&])password=[^&]*&?");
    private static final Pattern USER_INFO = Pattern.compile("//[^/@]*@");

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Environment environment = event.getEnvironment();
        String url = environment.getProperty("spring.datasource.url");
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            return;
        }
        Properties properties = new Properties();
        properties.setProperty("user", environment.getProperty("spring.datasource.username", ""));
        properties.setProperty("password", environment.getProperty("spring.datasource.password", ""));
        properties.setProperty("connectTimeout", "2");
        properties.setProperty("loginTimeout", "4");
        try (Connection ignored = new org.postgresql.Driver().connect(url, properties)) {
            // it answers
        } catch (SQLException refused) {
            System.err.println(sentence(url, properties.getProperty("user"), refused));
            System.exit(1);
        }
    }

    /** The one sentence a person reads: what was tried (never the password) and what to do. */
    static String sentence(String url, String user, SQLException refused) {
        String shown = withoutSecrets(url);
        String state = refused.getSQLState() == null ? "" : refused.getSQLState();
        if (state.startsWith("28") || state.equals("3D000")) {
            return "Parallax cannot start: PostgreSQL at %s refused user \"%s\" (%s); set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD to a database and login that exist."
                    .formatted(shown, user, firstLine(refused.getMessage()));
        }
        return "Parallax cannot start: no PostgreSQL answered at %s (%s); start PostgreSQL there, set SPRING_DATASOURCE_URL to one that runs, or run everything with `docker compose up`."
                .formatted(shown, reason(refused));
    }

    static String withoutSecrets(String url) {
        String shown = USER_INFO.matcher(url).replaceFirst("//");
        shown = PASSWORD_PARAMETER.matcher(shown).replaceAll("$1");
        return shown.replaceAll("[?&]$", "");
    }

    private static String reason(SQLException refused) {
        for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
            switch (cause) {
                case ConnectException connect -> {
                    return "connection refused";
                }
                case SocketTimeoutException timeout -> {
                    return "no answer within 2 seconds";
                }
                case UnknownHostException host -> {
                    return "unknown host " + host.getMessage();
                }
                default -> {
                }
            }
        }
        return firstLine(refused.getMessage());
    }

    private static String firstLine(String message) {
        return message == null ? "no reason given" : message.lines().findFirst().orElse("").strip();
    }
}
