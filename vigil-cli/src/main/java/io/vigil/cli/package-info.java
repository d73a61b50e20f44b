/** Vigil cli module. */
@NullMarked
package io.vigil.cli;

import org.jspecify.annotations.NullMarked;
