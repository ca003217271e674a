package org.broadsheet.accounts;

import java.security.SecureRandom;
import java.util.HexFormat;

import org.broadsheet.platform.config.BroadsheetProperties;
import org.broadsheet.platform.web.SecurityHeaders;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.RememberMeAuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Who may do what over HTTP. The reader site is public; the newsroom needs the capability to enter
 * it, {@code /account} any signed-in person. Every state-changing request needs a CSRF token
 * (except the read-only public API). Sign-in by form at {@code /login} (also from the modal of
 * every page), remember-me in the database, sign-out by POST.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    static final String REMEMBER_ME_COOKIE = "remember-me";

    /**
     * The Admin API: stateless, signed in only by a Bearer token (never by the session cookie, so
     * no CSRF token is needed or accepted as a way in); 401 and 403 as JSON.
     */
    @Bean
    @Order(1)
    SecurityFilterChain adminApiSecurity(HttpSecurity http, AccessTokens tokens) throws Exception {
        http.securityMatcher("/api/admin/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(tokens), AnonymousAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.requireExplicitSave(true))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(ApiSecurityErrors.unauthorized())
                        .accessDeniedHandler(ApiSecurityErrors.forbidden()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain siteSecurity(HttpSecurity http, BroadsheetProperties properties, AccountUserDetails users,
                                     RememberMeTokens tokens, LoginThrottle throttle,
                                     org.springframework.security.crypto.password.PasswordEncoder encoder) throws Exception {
        BroadsheetProperties.Security security = properties.security();
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        String rememberMeKey = randomKey();
        PersistentTokenBasedRememberMeServices rememberMe =
                new PersistentTokenBasedRememberMeServices(rememberMeKey, users, tokens);
        rememberMe.setCookieName(REMEMBER_ME_COOKIE);
        rememberMe.setParameter("remember-me");
        rememberMe.setTokenValiditySeconds((int) properties.signIn().rememberMe().toSeconds());
        rememberMe.setCookieCustomizer(cookie -> cookie.setAttribute("SameSite", "Lax"));

        // The only way to authenticate; without a parent manager, so nothing can skip the throttle.
        ProviderManager signIn = new ProviderManager(new ThrottledAuthentication(passwords, throttle),
                new RememberMeAuthenticationProvider(rememberMeKey));

        http.authorizeHttpRequests(auth -> auth
                        // a story preview is 404 (not 403) for signed-in people who may not edit the story
                        .requestMatchers(org.springframework.http.HttpMethod.GET, "/newsroom/stories/*/preview").authenticated()
                        .requestMatchers("/newsroom", "/newsroom/**").hasAuthority(Capability.ENTER_NEWSROOM.authority())
                        .requestMatchers("/account", "/account/**").authenticated()
                        .anyRequest().permitAll())
                .authenticationManager(signIn)
                .formLogin(form -> form.loginPage("/login").loginProcessingUrl("/login")
                        .usernameParameter("email").passwordParameter("password")
                        .successHandler(SignInHandlers.success())
                        .failureHandler(SignInHandlers.failure())
                        .permitAll())
                .rememberMe(remember -> remember.rememberMeServices(rememberMe).key(rememberMeKey))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/")
                        .deleteCookies("JSESSIONID", REMEMBER_ME_COOKIE).invalidateHttpSession(true))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .exceptionHandling(errors -> errors.accessDeniedHandler(SignInHandlers.accessDenied()))
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

    /** Only ties a remember-me authentication to this node's provider; the cookie itself is checked against the database. */
    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return HexFormat.of().formatHex(key);
    }
}
