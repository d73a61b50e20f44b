@NullMarked
package io.vigil.server.screening;

import org.jspecify.annotations.NullMarked;
