@NullMarked
package io.vigil.process.deadline;

import org.jspecify.annotations.NullMarked;
