package dev.parallax;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Duration;

/**
 * Completes events whose listener failed (the database was away) or whose node died: every node resubmits failed
 * publications now and then; the registry lets exactly one node claim each.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class EventRedelivery {

    private static final Logger log = LoggerFactory.getLogger(EventRedelivery.class);
    private static final Duration MIN_AGE = Duration.ofSeconds(10);

    private final FailedEventPublications failed;

    EventRedelivery(FailedEventPublications failed) {
        this.failed = failed;
    }

    @Scheduled(fixedDelayString = "${parallax.events.resubmit-every}", initialDelayString = "${parallax.events.resubmit-every}")
    void resubmitFailed() {
        try {
            failed.resubmit(ResubmissionOptions.defaults().withMinAge(MIN_AGE));
        } catch (RuntimeException e) {
            log.debug("Could not resubmit failed event publications now; trying again later", e);
        }
    }
}
