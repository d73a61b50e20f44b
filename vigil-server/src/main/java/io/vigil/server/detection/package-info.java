@NullMarked
package io.vigil.server.detection;

import org.jspecify.annotations.NullMarked;
