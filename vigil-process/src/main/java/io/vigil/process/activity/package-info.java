@NullMarked
package io.vigil.process.activity;

import org.jspecify.annotations.NullMarked;
