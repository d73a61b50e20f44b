/** Vigil server module. */
@NullMarked
package io.vigil.server;

import org.jspecify.annotations.NullMarked;
