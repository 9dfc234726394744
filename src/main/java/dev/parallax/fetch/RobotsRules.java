package dev.parallax.fetch;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The robots.txt rules of each site, read as RFC 9309 says and kept a day at most: a file that cannot be found
 * (4xx) allows everything; a site that fails (5xx, 429, no answer) is taken to disallow everything for a few minutes,
 * after which the file is asked for again.
 */
final class RobotsRules {

    /** The RFC asks crawlers to read at least the first 500 KiB. */
    static final int MAX_ROBOTS_BYTES = 512 * 1024;
    private static final Duration KEEP = Duration.ofHours(24);
    private static final Duration KEEP_UNREACHABLE = Duration.ofMinutes(5);

    /** A site's rules, and whether they stand for a site that could not be read. */
    record Rules(BaseRobotRules rules, boolean unreachable, String reason, long fetchedAt) {

        boolean allows(URI address) {
            return rules.isAllowed(address.toString());
        }

        /** The Crawl-delay the site asks of Parallax, if any. */
        Duration crawlDelay() {
            long delay = rules.getCrawlDelay();
            return delay == BaseRobotRules.UNSET_CRAWL_DELAY || delay <= 0 ? Duration.ZERO : Duration.ofMillis(delay);
        }
    }

    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final List<String> robotNames;
    private final Cache<String, Rules> bySite = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfter(new com.github.benmanes.caffeine.cache.Expiry<String, Rules>() {
                @Override
                public long expireAfterCreate(String site, Rules rules, long now) {
                    return (rules.unreachable() ? KEEP_UNREACHABLE : KEEP).toNanos();
                }

                @Override
                public long expireAfterUpdate(String site, Rules rules, long now, long current) {
                    return expireAfterCreate(site, rules, now);
                }

                @Override
                public long expireAfterRead(String site, Rules rules, long now, long current) {
                    return current;
                }
            })
            .build();

    RobotsRules(String productToken) {
        this.robotNames = List.of(productToken.toLowerCase(Locale.ROOT));
        parser.setMaxCrawlDelay(Long.MAX_VALUE); // capped by parallax.fetch.max-host-delay instead of refused
    }

    /** The origin whose robots.txt governs an address: scheme, host and port. */
    static String site(URI address) {
        int port = address.getPort();
        boolean defaultPort = port == -1 || address.getScheme().equalsIgnoreCase("http") && port == 80
                || address.getScheme().equalsIgnoreCase("https") && port == 443;
        return address.getScheme().toLowerCase(Locale.ROOT) + "://" + address.getHost().toLowerCase(Locale.ROOT)
                + (defaultPort ? "" : ":" + port);
    }

    static URI robotsAddress(URI address) {
        return URI.create(site(address) + "/robots.txt");
    }

    Rules cached(URI address) {
        return bySite.getIfPresent(site(address));
    }

    Rules parsed(URI robotsAddress, byte[] content, String contentType) {
        byte[] head = content.length > MAX_ROBOTS_BYTES ? Arrays.copyOf(content, MAX_ROBOTS_BYTES) : content;
        SimpleRobotRules rules = parser.parseContent(robotsAddress.toString(), head,
                contentType == null ? "text/plain" : contentType, robotNames);
        return remember(robotsAddress, new Rules(rules, false, null, System.currentTimeMillis()));
    }

    Rules allowAll(URI robotsAddress) {
        return remember(robotsAddress, new Rules(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL),
                false, null, System.currentTimeMillis()));
    }

    Rules unreachable(URI robotsAddress, String reason) {
        return remember(robotsAddress, new Rules(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE),
                true, reason, System.currentTimeMillis()));
    }

    private Rules remember(URI robotsAddress, Rules rules) {
        bySite.put(site(robotsAddress), rules);
        return rules;
    }

    void forget() {
        bySite.invalidateAll();
    }
}
