package io.vigil.server.ui;

import org.springframework.boot.autoconfigure.condition.ConditionalOnNotWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;

/**
 * Lets the server's context start without a web server ({@code
 * --spring.main.web-application-type=none}), as {@code vigil report} and {@code vigil user add} do.
 * The API's security chain ({@code SecurityConfiguration.api}) asks for Spring Security's {@code
 * HttpSecurity}, which Boot only provides to web applications; enabling web security here builds
 * the chains as plain objects, which no request ever reaches. The cleaner fix is to make that chain
 * conditional on a web application; this stays harmless once it is.
 */
@Configuration
@ConditionalOnNotWebApplication
@EnableWebSecurity
class OfflineSecurityConfiguration {}
