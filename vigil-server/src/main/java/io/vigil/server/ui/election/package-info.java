/**
 * Pages: the dashboard and an election cycle with the state of its products and the actions the
 * user's roles allow.
 */
@NullMarked
package io.vigil.server.ui.election;

import org.jspecify.annotations.NullMarked;
