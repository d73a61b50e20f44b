/** Vigil process module. */
@NullMarked
package io.vigil.process;

import org.jspecify.annotations.NullMarked;
