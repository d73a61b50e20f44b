/** Picocli commands of the coordination engine; the vigil root command registers them. */
@NullMarked
package io.vigil.coordination.cli;

import org.jspecify.annotations.NullMarked;
