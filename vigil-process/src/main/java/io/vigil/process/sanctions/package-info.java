@NullMarked
package io.vigil.process.sanctions;

import org.jspecify.annotations.NullMarked;
