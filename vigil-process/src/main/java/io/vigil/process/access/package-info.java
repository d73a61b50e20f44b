@NullMarked
package io.vigil.process.access;

import org.jspecify.annotations.NullMarked;
