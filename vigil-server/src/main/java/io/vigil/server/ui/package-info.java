/**
 * The analyst's desk: server-rendered pages (Thymeleaf, htmx), their security chain and shared page
 * helpers.
 */
@NullMarked
package io.vigil.server.ui;

import org.jspecify.annotations.NullMarked;
