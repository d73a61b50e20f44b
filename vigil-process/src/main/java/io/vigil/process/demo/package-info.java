/** Demo data: the 2018 and 2020 election cycles of the public record, for {@code serve --demo}. */
@NullMarked
package io.vigil.process.demo;

import org.jspecify.annotations.NullMarked;
