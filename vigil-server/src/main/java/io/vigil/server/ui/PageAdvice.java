package io.vigil.server.ui;

import io.vigil.process.ConcurrentChange;
import io.vigil.process.InvalidField;
import io.vigil.process.NotPermitted;
import io.vigil.process.RecordNotFound;
import io.vigil.process.RuleViolated;
import io.vigil.process.access.Principal;
import io.vigil.server.security.VigilUser;
import io.vigil.stix.BundleRejected;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * For every page: the signed-in user in the model, and the process's refusals shown as a page with
 * the status and the reason (404 for a record the user may not see, 403 for a missing role, 409 for
 * a rule of the process, 400 for a bad field), never a stack trace.
 */
@ControllerAdvice(basePackages = "io.vigil.server.ui")
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageAdvice {
  private static final Logger LOG = LoggerFactory.getLogger(PageAdvice.class);

  /** The signed-in user as the layout shows it, or null on public pages. */
  @ModelAttribute("me")
  @Nullable Principal me() {
    return signedIn();
  }

  @ModelAttribute("fmt")
  Format fmt() {
    return Format.INSTANCE;
  }

  static @Nullable Principal signedIn() {
    Authentication a = SecurityContextHolder.getContext().getAuthentication();
    return a != null && a.getPrincipal() instanceof VigilUser u ? u.principal() : null;
  }

  @ExceptionHandler(RecordNotFound.class)
  String notFound(RecordNotFound e, Model m, HttpServletRequest req, HttpServletResponse res) {
    return page(404, "Not found", e.getMessage(), m, req, res);
  }

  @ExceptionHandler({NoResourceFoundException.class})
  String noPage(Exception e, Model m, HttpServletRequest req, HttpServletResponse res) {
    return page(404, "Not found", "There is no page at " + req.getRequestURI(), m, req, res);
  }

  @ExceptionHandler({NotPermitted.class, AccessDeniedException.class})
  String forbidden(RuntimeException e, Model m, HttpServletRequest req, HttpServletResponse res) {
    return page(403, "Not permitted", e.getMessage(), m, req, res);
  }

  @ExceptionHandler({RuleViolated.class})
  String rule(RuleViolated e, Model m, HttpServletRequest req, HttpServletResponse res) {
    return page(
        409, "Refused by a rule of the process (" + e.rule() + ")", e.getMessage(), m, req, res);
  }

  @ExceptionHandler({ConcurrentChange.class})
  String conflict(RuntimeException e, Model m, HttpServletRequest req, HttpServletResponse res) {
    return page(409, "Changed by someone else", e.getMessage(), m, req, res);
  }

  @ExceptionHandler(InvalidField.class)
  String invalid(InvalidField e, Model m, HttpServletRequest req, HttpServletResponse res) {
    return page(400, "Invalid field '" + e.field() + "'", e.getMessage(), m, req, res);
  }

  @ExceptionHandler({
    MissingServletRequestParameterException.class,
    MethodArgumentTypeMismatchException.class,
    IllegalArgumentException.class
  })
  String badRequest(Exception e, Model m, HttpServletRequest req, HttpServletResponse res) {
    String msg =
        switch (e) {
          case MissingServletRequestParameterException x ->
              "the field '" + x.getParameterName() + "' is required";
          case MethodArgumentTypeMismatchException x ->
              "the field '" + x.getName() + "' has an invalid value '" + x.getValue() + "'";
          default -> String.valueOf(e.getMessage());
        };
    return page(400, "Invalid input", msg, m, req, res);
  }

  @ExceptionHandler(BundleRejected.class)
  String stixRejected(BundleRejected e, Model m, HttpServletRequest req, HttpServletResponse res) {
    return page(400, "STIX bundle refused", e.getMessage(), m, req, res);
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  String tooLarge(Exception e, Model m, HttpServletRequest req, HttpServletResponse res) {
    return page(413, "File too large", "the upload exceeds the size limit", m, req, res);
  }

  @ExceptionHandler(Exception.class)
  String unexpected(Exception e, Model m, HttpServletRequest req, HttpServletResponse res) {
    LOG.error("unexpected error on {}", req.getRequestURI(), e);
    return page(
        500, "Unexpected error", "An unexpected error occurred; it has been logged.", m, req, res);
  }

  private static String page(
      int status,
      String title,
      @Nullable String message,
      Model m,
      HttpServletRequest req,
      HttpServletResponse res) {
    res.setStatus(status);
    m.addAttribute("me", signedIn());
    m.addAttribute("status", status);
    m.addAttribute("title", title);
    m.addAttribute("message", message == null ? "" : message);
    m.addAttribute("back", back(req));
    m.addAttribute("banner", new Banner());
    m.addAttribute("fmt", Format.INSTANCE);
    return "ui/error";
  }

  /** The page the user came from, when it is one of ours; a path only, never another origin. */
  static @Nullable String back(HttpServletRequest req) {
    String ref = req.getHeader("Referer");
    if (ref == null) {
      return null;
    }
    String base = req.getScheme() + "://" + req.getHeader("Host");
    if (!ref.startsWith(base + "/")) {
      return null;
    }
    String path = ref.substring(base.length());
    return path.startsWith("//") ? null : path;
  }
}
