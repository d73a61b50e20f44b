package io.vigil.server.security;

import io.vigil.process.access.Principal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the API thinks you are: user, organization, roles and clearance. */
@RestController
class MeController {
  @GetMapping("/api/me")
  Principal me() {
    return CurrentUser.get();
  }
}
