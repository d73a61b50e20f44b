/** The public page of published designations (no sign-in). */
@NullMarked
package io.vigil.server.ui.publicview;

import org.jspecify.annotations.NullMarked;
