package io.vigil.server.ui;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.server.servlet.CookieSameSiteSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/*
 * Design note. The pages are a second security chain beside the stateless HTTP-Basic API chain
 * (Order 1): everything the API chain does not match comes here. A browser session after a form
 * sign-in at /login (the same password check as the API), CSRF tokens on every state-changing form
 * (Thymeleaf's th:action adds the hidden field), a strict Content-Security-Policy that allows only
 * our own scripts and styles (evidence text is hostile, so even an escaping mistake must not run),
 * and only the public designations, the sign-in page and static assets without a session. What a
 * signed-in user may see is decided by ProcessService on every read, as for the API. OWASP ASVS
 * 4.0 V3 (sessions), V4.2.2 (CSRF), V14.4 (headers).
 */

/** The security chain of the pages: form sign-in, session cookies, CSRF on. */
@Configuration
@ConditionalOnWebApplication
class UiSecurityConfiguration {

  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

  @Bean
  @Order(2)
  SecurityFilterChain pages(HttpSecurity http, AuthenticationManager auth) throws Exception {
    http.securityMatcher("/**")
        .authenticationManager(auth)
        .authorizeHttpRequests(
            a ->
                a.requestMatchers(
                        "/login",
                        "/public/**",
                        "/css/**",
                        "/js/**",
                        "/webjars/**",
                        "/favicon.ico",
                        "/error",
                        "/error/**")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
        .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?signedout"))
        .headers(
            h ->
                h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                    .referrerPolicy(
                        r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
        .exceptionHandling(e -> e.accessDeniedPage("/error/forbidden"));
    return http.build();
  }

  /** The session cookie is not sent on cross-site requests other than top-level navigation. */
  @Bean
  CookieSameSiteSupplier sessionCookieSameSite() {
    return CookieSameSiteSupplier.ofLax().whenHasName("JSESSIONID");
  }
}
