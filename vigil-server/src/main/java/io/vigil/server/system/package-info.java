@NullMarked
package io.vigil.server.system;

import org.jspecify.annotations.NullMarked;
