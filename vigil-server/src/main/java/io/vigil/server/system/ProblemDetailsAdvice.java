package io.vigil.server.system;

import io.vigil.process.ConcurrentChange;
import io.vigil.process.InvalidField;
import io.vigil.process.NotPermitted;
import io.vigil.process.RecordNotFound;
import io.vigil.process.RuleViolated;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Translates the business exceptions of the process to RFC 9457 problem details: a bad value is 400
 * and names the field, a forbidden step 409 with the rule, a missing role 403, an unknown or unseen
 * record 404. Bad input is never a 500.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

  @ExceptionHandler(InvalidField.class)
  ProblemDetail invalid(InvalidField e) {
    return field(e.field(), e.getMessage());
  }

  @ExceptionHandler(RuleViolated.class)
  ProblemDetail rule(RuleViolated e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    p.setTitle("Refused by a rule of the process");
    p.setProperty("rule", e.rule());
    return p;
  }

  @ExceptionHandler({NotPermitted.class, AccessDeniedException.class})
  ProblemDetail forbidden(RuntimeException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    p.setTitle("Not permitted");
    return p;
  }

  @ExceptionHandler(RecordNotFound.class)
  ProblemDetail notFound(RecordNotFound e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(ConcurrentChange.class)
  ProblemDetail conflict(ConcurrentChange e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
  }

  @ExceptionHandler({IllegalArgumentException.class, MethodArgumentTypeMismatchException.class})
  ProblemDetail badArgument(RuntimeException e) {
    if (e instanceof MethodArgumentTypeMismatchException m) {
      return field(m.getName(), "has an invalid value '" + m.getValue() + "'");
    }
    return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, String.valueOf(e.getMessage()));
  }

  @Override
  protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    InvalidField invalid = cause(ex, InvalidField.class);
    JacksonException json = cause(ex, JacksonException.class);
    String path = json == null ? "" : path(json);
    ProblemDetail p;
    if (invalid != null) {
      String f = path.isEmpty() || path.endsWith(invalid.field()) ? invalid.field() : path;
      p = field(f, invalid.getMessage());
    } else if (json != null) {
      String msg = json.getOriginalMessage();
      int cut = msg.indexOf('\n');
      p =
          field(
              path.isEmpty() ? "body" : path,
              "could not be read: " + (cut > 0 ? msg.substring(0, cut) : msg));
    } else {
      p = field("body", "is missing or is not JSON");
    }
    return ResponseEntity.badRequest().body(p);
  }

  @Override
  protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    var fe = ex.getBindingResult().getFieldErrors();
    String f = fe.isEmpty() ? "body" : fe.get(0).getField();
    String m = fe.isEmpty() ? "is invalid" : fe.get(0).getDefaultMessage();
    return ResponseEntity.badRequest().body(field(f, f + " " + m));
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    InvalidField invalid = cause(e, InvalidField.class);
    if (invalid != null) {
      return invalid(invalid);
    }
    LOG.error("unexpected error", e);
    return ProblemDetail.forStatusAndDetail(
        HttpStatus.INTERNAL_SERVER_ERROR, "an unexpected error occurred; it has been logged");
  }

  private static ProblemDetail field(String field, String message) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
    p.setTitle("Invalid field '" + field + "'");
    p.setProperty("field", field);
    p.setProperty("errors", List.of(Map.of("field", field, "message", message)));
    return p;
  }

  private static String path(JacksonException e) {
    StringBuilder b = new StringBuilder();
    for (JacksonException.Reference r : e.getPath()) {
      if (r.getPropertyName() != null) {
        if (!b.isEmpty()) {
          b.append('.');
        }
        b.append(r.getPropertyName());
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.toString();
  }

  private static <T extends Throwable> @Nullable T cause(Throwable t, Class<T> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return type.cast(c);
      }
      if (c.getCause() == c) {
        break;
      }
    }
    return null;
  }
}
