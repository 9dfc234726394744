package dev.parallax;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Features reach each other only through their public types and events, without cycles. */
class ModularityTest {

    @Test
    void featuresKeepTheirBoundaries() {
        ApplicationModules.of(ParallaxApplication.class).verify();
    }
}
