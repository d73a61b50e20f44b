@NullMarked
package io.vigil.process.audit;

import org.jspecify.annotations.NullMarked;
