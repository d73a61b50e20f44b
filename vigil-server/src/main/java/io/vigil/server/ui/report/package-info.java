/** The 1(a) assessment and the 1(b) report as HTML and PDF, with the timeline chart. */
@NullMarked
package io.vigil.server.ui.report;

import org.jspecify.annotations.NullMarked;
