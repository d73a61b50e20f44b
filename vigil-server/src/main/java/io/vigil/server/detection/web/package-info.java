@NullMarked
package io.vigil.server.detection.web;

import org.jspecify.annotations.NullMarked;
