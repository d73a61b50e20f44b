@NullMarked
package io.vigil.server.security;

import org.jspecify.annotations.NullMarked;
