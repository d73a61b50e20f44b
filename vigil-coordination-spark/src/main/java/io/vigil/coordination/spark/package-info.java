/** The coordination engine's first pass on Apache Spark. */
@NullMarked
package io.vigil.coordination.spark;

import org.jspecify.annotations.NullMarked;
