@NullMarked
package io.vigil.process.election;

import org.jspecify.annotations.NullMarked;
