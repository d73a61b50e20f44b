@NullMarked
package io.vigil.server.audit;

import org.jspecify.annotations.NullMarked;
