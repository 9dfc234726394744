package dev.parallax.access;

import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.stereotype.Component;

import java.util.Map;

/** Lets Spring Security's bearer-token filter accept our tokens: a valid one acts as the admin. */
@Component
class ApiTokenIntrospector implements OpaqueTokenIntrospector {

    private final ApiTokens tokens;

    ApiTokenIntrospector(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public OAuth2AuthenticatedPrincipal introspect(String token) {
        String name = tokens.check(token).orElseThrow(() -> new BadOpaqueTokenException("Unknown or revoked token"));
        return new DefaultOAuth2AuthenticatedPrincipal("admin", Map.of("token", name),
                AuthorityUtils.createAuthorityList("ROLE_ADMIN"));
    }
}
