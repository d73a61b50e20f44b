@NullMarked
package io.vigil.process.product;

import org.jspecify.annotations.NullMarked;
