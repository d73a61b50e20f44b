/** Pages: the detectors' views (lookalike-domain checks and alerts to triage). */
@NullMarked
package io.vigil.server.ui.detection;

import org.jspecify.annotations.NullMarked;
