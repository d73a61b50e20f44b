@NullMarked
package io.vigil.server.audit.web;

import org.jspecify.annotations.NullMarked;
