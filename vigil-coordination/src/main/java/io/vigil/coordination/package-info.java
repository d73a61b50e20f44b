/** Vigil coordination module. */
@NullMarked
package io.vigil.coordination;

import org.jspecify.annotations.NullMarked;
