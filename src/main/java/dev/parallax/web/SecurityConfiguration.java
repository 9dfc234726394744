package dev.parallax.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Reads are public; writes need the admin. The JSON API is stateless (HTTP Basic, no session, no CSRF token);
 * pages use the login form, a session and CSRF tokens.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    static final String ADMIN = "admin";
    private static final String SIGN_IN = "Sign in as admin (HTTP Basic) or send an API token (Authorization: Bearer) to change articles.";
    private static final String OPERATIONS = "Sign in as admin (HTTP Basic) or send an API token (Authorization: Bearer) to see metrics and health details.";
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    /**
     * Operations are the admin's: health is public but says only UP or DOWN (its details, like metrics and build
     * information, need the admin, by HTTP Basic, an API token or the pages' session).
     */
    @Bean
    @Order(0)
    SecurityFilterChain operations(HttpSecurity http, OpaqueTokenIntrospector tokens) throws Exception {
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to("health")).permitAll()
                        .anyRequest().hasRole("ADMIN"))
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, denied) ->
                        jsonError(response, 401, OPERATIONS)))
                .oauth2ResourceServer(bearer -> bearer
                        .opaqueToken(opaque -> opaque.introspector(tokens))
                        .authenticationEntryPoint((request, response, denied) ->
                                jsonError(response, 401, "That token is unknown or revoked. " + OPERATIONS)))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, denied) -> jsonError(response, 401, OPERATIONS))
                        .accessDeniedHandler((request, response, denied) ->
                                jsonError(response, 403, "Only the admin may see the portal's operations.")));
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, OpaqueTokenIntrospector tokens) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/api/**").permitAll()
                        .anyRequest().hasRole("ADMIN"))
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, denied) ->
                        jsonError(response, 401, SIGN_IN)))
                // "Authorization: Bearer TOKEN" with a token the admin issued on /admin/tokens.
                .oauth2ResourceServer(bearer -> bearer
                        .opaqueToken(opaque -> opaque.introspector(tokens))
                        .authenticationEntryPoint((request, response, denied) ->
                                jsonError(response, 401, "That token is unknown or revoked. " + SIGN_IN)))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, denied) ->
                                jsonError(response, 401, SIGN_IN))
                        .accessDeniedHandler((request, response, denied) ->
                                jsonError(response, 403, "Only the admin may change articles.")))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .anyRequest().permitAll())
                .formLogin(form -> form.loginPage("/login").permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/"))
                .headers(headers -> headers
                        // No inline scripts anywhere; the API docs UI loads its own scripts from this origin.
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frames -> frames.deny())
                        // Pages carry ETags and are revalidated instead of never being cached.
                        .cacheControl(cache -> cache.disable()));
        return http.build();
    }

    /**
     * No observation of each security filter: wrapping every filter of every request in one showed in a search's
     * profile, and the requests themselves are still measured (http.server.requests).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService users(@Value("${parallax.admin-password:}") String configured, PasswordEncoder encoder) {
        String password = configured;
        if (password.isBlank()) {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            log.warn("No parallax.admin-password set; generated admin password for this run: {}", password);
        }
        return new InMemoryUserDetailsManager(User.withUsername(ADMIN).password(encoder.encode(password))
                .roles("ADMIN").build());
    }

    private static void jsonError(jakarta.servlet.http.HttpServletResponse response, int status, String message)
            throws IOException {
        ApiErrors.write(response, status, message);
    }
}
