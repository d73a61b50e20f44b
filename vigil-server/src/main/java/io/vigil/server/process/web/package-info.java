@NullMarked
package io.vigil.server.process.web;

import org.jspecify.annotations.NullMarked;
