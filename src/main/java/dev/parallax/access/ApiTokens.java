package dev.parallax.access;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Bearer tokens for API clients, issued and revoked by the admin. A token is shown once, when issued; the
 * database keeps only its SHA-256, so checking one costs a hash and an index look-up, not a password hash.
 */
@Service
public class ApiTokens {

    static final int MAX_NAME_LENGTH = 100;
    private static final String PREFIX = "plx_";

    /** A token as the admin sees it in the list: never the token itself. */
    public record TokenInfo(long id, String name, Instant createdAt, Instant revokedAt) {
        private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

        public boolean revoked() {
            return revokedAt != null;
        }

        public String issued() {
            return MINUTE.format(createdAt);
        }
    }

    /** A token just issued: the only time its value exists outside the client that receives it. */
    public record IssuedToken(long id, String name, String token) {
    }

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    ApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public IssuedToken issue(String name) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("Name the token (1 to %d characters), for example after the program that uses it."
                    .formatted(MAX_NAME_LENGTH));
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        long id = jdbc.sql("insert into api_token (name, token_hash, created_at) values (:name, :hash, :now) returning id")
                .param("name", label).param("hash", hash(token)).param("now", OffsetDateTime.now(clock))
                .query(Long.class).single();
        return new IssuedToken(id, label, token);
    }

    /** Revokes a token; true when it was valid until now. */
    public boolean revoke(long id) {
        return jdbc.sql("update api_token set revoked_at = :now where id = :id and revoked_at is null")
                .param("now", OffsetDateTime.now(clock)).param("id", id).update() > 0;
    }

    public List<TokenInfo> all() {
        return jdbc.sql("select id, name, created_at, revoked_at from api_token order by id desc")
                .query((row, n) -> new TokenInfo(row.getLong("id"), row.getString("name"),
                        row.getObject("created_at", OffsetDateTime.class).toInstant(),
                        Optional.ofNullable(row.getObject("revoked_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant).orElse(null)))
                .list();
    }

    /** The name of the valid token with this value, if there is one. */
    public Optional<String> check(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("select name from api_token where token_hash = :hash and revoked_at is null")
                .param("hash", hash(token)).query(String.class).optional();
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
