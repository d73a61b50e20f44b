@NullMarked
package io.vigil.process.evidence;

import org.jspecify.annotations.NullMarked;
