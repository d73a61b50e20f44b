@NullMarked
package io.vigil.server.process;

import org.jspecify.annotations.NullMarked;
