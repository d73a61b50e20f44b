@NullMarked
package io.vigil.server.screening.web;

import org.jspecify.annotations.NullMarked;
