/** Validation of STIX 2.1 bundles against the OASIS JSON schemas, offline. */
@NullMarked
package io.vigil.stix.validation;

import org.jspecify.annotations.NullMarked;
