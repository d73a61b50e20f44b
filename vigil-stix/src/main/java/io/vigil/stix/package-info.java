/** Vigil stix module. */
@NullMarked
package io.vigil.stix;

import org.jspecify.annotations.NullMarked;
