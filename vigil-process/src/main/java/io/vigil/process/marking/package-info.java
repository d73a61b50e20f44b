@NullMarked
package io.vigil.process.marking;

import org.jspecify.annotations.NullMarked;
