@NullMarked
package io.vigil.process.judgment;

import org.jspecify.annotations.NullMarked;
