@NullMarked
package io.vigil.server.stix.web;

import org.jspecify.annotations.NullMarked;
