package org.broadsheet.accounts;

import org.broadsheet.platform.config.BroadsheetProperties;
import org.broadsheet.platform.web.SecurityHeaders;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Who may do what over HTTP. For now the whole site is public and read-only apart from the
 * contact form; every state-changing request still needs a CSRF token.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    @Bean
    SecurityFilterChain siteSecurity(HttpSecurity http, BroadsheetProperties properties) throws Exception {
        BroadsheetProperties.Security security = properties.security();
        http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/v1/**"))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.sameOrigin())
                        .httpStrictTransportSecurity(hsts -> {
                            if (security.hstsMaxAge().isZero()) {
                                hsts.disable();
                            } else {
                                hsts.maxAgeInSeconds(security.hstsMaxAge().toSeconds())
                                        .includeSubDomains(security.hstsIncludeSubdomains());
                            }
                        })
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", SecurityHeaders.PERMISSIONS_POLICY))
                        .cacheControl(cache -> cache.disable()));
        return http.build();
    }

    /** No accounts yet: nobody can sign in, and Spring Boot does not invent a default user. */
    @Bean
    UserDetailsService noUsers() {
        return username -> {
            throw new UsernameNotFoundException("No such user");
        };
    }
}
