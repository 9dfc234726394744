package dev.parallax.follow;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class PollScheduleTest {

    private final PollSchedule schedule = new PollSchedule(Duration.ofMinutes(5), Duration.ofHours(6), Duration.ofHours(24));

    @Test
    void theIntervalShrinksWhileAFeedChangesAndGrowsWhileItDoesNotWithinBounds() {
        assertThat(schedule.afterChange(Duration.ofMinutes(15))).isEqualTo(Duration.ofMinutes(7).plusSeconds(30));
        assertThat(schedule.afterChange(Duration.ofMinutes(6))).isEqualTo(Duration.ofMinutes(5));
        assertThat(schedule.afterNoChange(Duration.ofMinutes(15))).isEqualTo(Duration.ofMinutes(22).plusSeconds(30));
        assertThat(schedule.afterNoChange(Duration.ofHours(5))).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void failuresBackOffTwiceAsLongEachTimeUpToTheLongestAndHonourRetryAfter() {
        Duration interval = Duration.ofMinutes(15);
        assertThat(schedule.afterFailure(interval, 1, null)).isEqualTo(Duration.ofMinutes(15));
        assertThat(schedule.afterFailure(interval, 2, null)).isEqualTo(Duration.ofMinutes(30));
        assertThat(schedule.afterFailure(interval, 4, null)).isEqualTo(Duration.ofMinutes(120));
        assertThat(schedule.afterFailure(interval, 40, null)).isEqualTo(Duration.ofHours(24));
        assertThat(schedule.afterFailure(interval, 1, Duration.ofHours(2))).isEqualTo(Duration.ofHours(2));
        assertThat(schedule.afterFailure(interval, 1, Duration.ofDays(30))).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void jitterStaysWithinATenth() {
        for (int i = 0; i < 1000; i++) {
            assertThat(PollSchedule.jittered(Duration.ofMinutes(10)))
                    .isBetween(Duration.ofMinutes(9), Duration.ofMinutes(11));
        }
    }
}
