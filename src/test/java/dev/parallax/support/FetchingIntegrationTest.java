package dev.parallax.support;

import org.springframework.test.context.TestPropertySource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole portal, fetching from a {@link LocalSite} on the loopback: private addresses allowed (the loopback is
 * one), no host delay, short timeouts and a small size limit so that slow and huge answers are quick to test. Every
 * such test shares one context and one database of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@TestPropertySource(properties = {
        "parallax.test.database=fetching",
        "parallax.fetch.allow-private-addresses=true",
        "parallax.fetch.host-delay=0s",
        "parallax.fetch.timeout=4s",
        "parallax.fetch.read-timeout=2s",
        "parallax.fetch.max-bytes=2MB",
        "parallax.fetch.max-wait=2s",
        "parallax.feeds.min-interval=1s",
        "parallax.feeds.interval=1h",
        "parallax.feeds.threads=4"
})
public @interface FetchingIntegrationTest {
}
