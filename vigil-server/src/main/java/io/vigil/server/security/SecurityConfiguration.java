package io.vigil.server.security;

import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may reach what. The API takes HTTP Basic and keeps no session; health, the OpenAPI document
 * and the public designations need no sign-in; everything else does. What a signed-in user may see
 * and do is then decided by the process itself ({@code Principal.canRead}, roles), on every path.
 */
@Configuration
class SecurityConfiguration {

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  AuthenticationManager authenticationManager(
      UserAccounts users, PasswordEncoder encoder, Clock clock) {
    return new ProviderManager(
        new CachingBasicAuthenticationProvider(users::find, encoder, clock, Duration.ofMinutes(5)));
  }

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, AuthenticationManager auth) throws Exception {
    http.securityMatcher(
            "/api/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
        .authenticationManager(auth)
        .authorizeHttpRequests(
            a ->
                a.requestMatchers(
                        "/actuator/health/**",
                        "/actuator/health",
                        "/actuator/info",
                        "/v3/api-docs/**",
                        "/swagger-ui/**",
                        "/swagger-ui.html",
                        "/api/public/**")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .httpBasic(
            b ->
                b.realmName("Vigil")
                    .authenticationEntryPoint(
                        (req, res, ex) ->
                            problem(
                                res,
                                HttpStatus.UNAUTHORIZED,
                                "Sign in with HTTP Basic",
                                "Basic realm=\"Vigil\"")))
        .exceptionHandling(
            e ->
                e.accessDeniedHandler(
                    (req, res, ex) -> problem(res, HttpStatus.FORBIDDEN, ex.getMessage(), null)))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(c -> c.disable());
    return http.build();
  }

  private static void problem(
      jakarta.servlet.http.HttpServletResponse res,
      HttpStatus status,
      String detail,
      String challenge)
      throws java.io.IOException {
    res.setStatus(status.value());
    if (challenge != null) {
      res.setHeader("WWW-Authenticate", challenge);
    }
    res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    String d = detail == null ? "" : detail.replace("\\", "\\\\").replace("\"", "\\\"");
    res.getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":\""
                + status.getReasonPhrase()
                + "\",\"status\":"
                + status.value()
                + ",\"detail\":\""
                + d
                + "\"}");
  }
}
