/** Pages: evidence list, detail (provenance, hash, grading, custody) and upload. */
@NullMarked
package io.vigil.server.ui.evidence;

import org.jspecify.annotations.NullMarked;
