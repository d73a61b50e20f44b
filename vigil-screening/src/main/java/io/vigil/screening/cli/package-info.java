/** Command-line commands of the screening engine: {@code screen} and {@code eval names}. */
@NullMarked
package io.vigil.screening.cli;

import org.jspecify.annotations.NullMarked;
