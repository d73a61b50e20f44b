@NullMarked
package io.vigil.server.persistence;

import org.jspecify.annotations.NullMarked;
