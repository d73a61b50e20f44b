/** The {@code domains} command line: check names against the registry, list permutations. */
@NullMarked
package io.vigil.domains.cli;

import org.jspecify.annotations.NullMarked;
