/** DISARM and MITRE ATT&CK Enterprise as technique catalogs, loaded from their STIX bundles. */
@NullMarked
package io.vigil.stix.catalog;

import org.jspecify.annotations.NullMarked;
