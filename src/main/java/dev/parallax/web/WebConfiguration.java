package dev.parallax.web;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(DatabaseOutage.interceptor());
    }

    /** ETags on the JSON a program comes back to: an unchanged article or story answers 304. */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/api/articles/*", "/api/stories/*");
        return registration;
    }

    /**
     * Kept pages are answered before the security filters: they are public, and their security headers were
     * kept with their bytes when they were rendered through those filters.
     */
    @Bean
    FilterRegistrationBean<RenderedPages> renderedPagesFirst(RenderedPages pages) {
        FilterRegistrationBean<RenderedPages> registration = new FilterRegistrationBean<>(pages);
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }
}
