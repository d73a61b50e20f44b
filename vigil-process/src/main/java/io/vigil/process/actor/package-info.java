@NullMarked
package io.vigil.process.actor;

import org.jspecify.annotations.NullMarked;
