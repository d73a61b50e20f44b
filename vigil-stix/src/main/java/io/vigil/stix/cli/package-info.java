/** The {@code stix} command: validate bundles, list catalog techniques. */
@NullMarked
package io.vigil.stix.cli;

import org.jspecify.annotations.NullMarked;
