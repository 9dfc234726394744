package dev.parallax.access;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

    /** Throttled attempts are refused before the security filters check any password or token. */
    @Bean
    FilterRegistrationBean<SignInThrottle> signInThrottleBeforeSecurity(SignInThrottle throttle) {
        FilterRegistrationBean<SignInThrottle> registration = new FilterRegistrationBean<>(throttle);
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 2);
        return registration;
    }
}
