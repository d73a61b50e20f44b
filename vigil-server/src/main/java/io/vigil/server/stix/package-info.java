@NullMarked
package io.vigil.server.stix;

import org.jspecify.annotations.NullMarked;
