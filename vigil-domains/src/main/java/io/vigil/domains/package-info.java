/** Vigil domains module. */
@NullMarked
package io.vigil.domains;

import org.jspecify.annotations.NullMarked;
