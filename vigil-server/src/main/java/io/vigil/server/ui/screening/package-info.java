/** Page: screening a name against the lists in force, with the explanation of each hit. */
@NullMarked
package io.vigil.server.ui.screening;

import org.jspecify.annotations.NullMarked;
