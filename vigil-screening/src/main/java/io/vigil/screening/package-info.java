/** Vigil screening module. */
@NullMarked
package io.vigil.screening;

import org.jspecify.annotations.NullMarked;
