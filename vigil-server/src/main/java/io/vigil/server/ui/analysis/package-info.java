/** Pages: activities, actors (relations graph) and the judgment editor. */
@NullMarked
package io.vigil.server.ui.analysis;

import org.jspecify.annotations.NullMarked;
