/**
 * The STIX 2.1 model: one record per object type Vigil reads and writes, a generic object for the
 * rest, and the bundle. Unknown and custom properties survive a read and write unchanged.
 */
@NullMarked
package io.vigil.stix.model;

import org.jspecify.annotations.NullMarked;
