package dev.parallax.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import dev.parallax.web.ApiErrors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Makes guessing slow: failed sign-ins (the login form) and failed API authentications (Basic or Bearer) draw on
 * two token buckets, one per client address and one per account named. While either is empty, attempts are
 * answered 429 with Retry-After before any password or token is checked. Successful sign-ins cost nothing.
 */
@Component
class SignInThrottle extends OncePerRequestFilter {

    static final String LOGIN = "/login";

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofHours(1)).maximumSize(100_000).build();
    private final Bandwidth perAddress;
    private final Bandwidth perAccount;

    SignInThrottle(@Value("${parallax.sign-in.failures-per-address:10}") int perAddress,
                   @Value("${parallax.sign-in.failures-per-account:50}") int perAccount,
                   @Value("${parallax.sign-in.refill:1m}") Duration refill) {
        // A bucket holds its allowance of failures and refills it over the period: a person who mistypes a
        // few times never notices; a script guessing is held to that many guesses a period.
        this.perAddress = Bandwidth.builder().capacity(perAddress).refillGreedy(perAddress, refill).build();
        this.perAccount = Bandwidth.builder().capacity(perAccount).refillGreedy(perAccount, refill.multipliedBy(10)).build();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !isSignIn(request) && request.getHeader(HttpHeaders.AUTHORIZATION) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Bucket address = buckets.get("address:" + request.getRemoteAddr(), key -> Bucket.builder().addLimit(perAddress).build());
        String accountName = account(request);
        Bucket account = accountName == null ? null
                : buckets.get("account:" + accountName, key -> Bucket.builder().addLimit(perAccount).build());
        long waitNanos = Math.max(address.estimateAbilityToConsume(1).getNanosToWaitForRefill(),
                account == null ? 0 : account.estimateAbilityToConsume(1).getNanosToWaitForRefill());
        if (waitNanos > 0) {
            refuse(request, response, Math.max(1, TimeUnit.NANOSECONDS.toSeconds(waitNanos) + 1));
            return;
        }
        chain.doFilter(request, response);
        if (failed(request, response)) {
            address.tryConsume(1);
            if (account != null) {
                account.tryConsume(1);
            }
        }
    }

    private static boolean isSignIn(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && LOGIN.equals(request.getRequestURI());
    }

    private static boolean failed(HttpServletRequest request, HttpServletResponse response) {
        if (isSignIn(request)) {
            String location = response.getHeader(HttpHeaders.LOCATION);
            return location != null && location.contains("error");
        }
        return response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED;
    }

    /** The account a request names: the form's user name, or HTTP Basic's; none for a bearer token. */
    private static String account(HttpServletRequest request) {
        if (isSignIn(request)) {
            String name = request.getParameter("username");
            return name == null ? null : name.strip().toLowerCase(Locale.ROOT);
        }
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? null : decoded.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            } catch (IllegalArgumentException notBase64) {
                return null;
            }
        }
        return null;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, long seconds) throws IOException {
        String message = "Too many failed sign-ins. Try again in %d seconds.".formatted(seconds);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        if (isSignIn(request)) {
            response.sendError(429, message);
            return;
        }
        ApiErrors.write(response, 429, message);
    }
}
