/**
 * STIX 2.1 for Vigil: reading and writing bundles ({@link io.vigil.stix.StixJson}), importing a
 * bundle as evidence ({@link io.vigil.stix.StixImporter}) and exporting an assessment as a report
 * bundle ({@link io.vigil.stix.StixExporter}).
 */
@NullMarked
package io.vigil.stix;

import org.jspecify.annotations.NullMarked;
