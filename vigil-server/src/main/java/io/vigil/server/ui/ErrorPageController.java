package io.vigil.server.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Sign-in, and the page shown when the security chain refuses a request (a bad CSRF token). */
@Controller
class ErrorPageController {

  @GetMapping("/login")
  String login(Model m) {
    m.addAttribute("banner", new Banner());
    return "ui/login";
  }

  @RequestMapping("/error/forbidden")
  String forbidden(Model m, HttpServletRequest req, HttpServletResponse res) {
    res.setStatus(403);
    m.addAttribute("status", 403);
    m.addAttribute("title", "Not permitted");
    m.addAttribute(
        "message",
        "The request was refused: it came without a valid form token (CSRF) or asked for what"
            + " your roles do not allow. Reload the page and try again.");
    m.addAttribute("back", PageAdvice.back(req));
    m.addAttribute("banner", new Banner());
    return "ui/error";
  }
}
