/** Evaluation of detections against account labels (the only code that reads labels). */
@NullMarked
package io.vigil.coordination.eval;

import org.jspecify.annotations.NullMarked;
