package io.vigil.process.product;

import io.vigil.process.InvalidField;
import org.jspecify.annotations.Nullable;

/** A step of a product's workflow as a user asks for it, with what that step needs. */
public sealed interface Step {
  record Submit(String note) implements Step {}

  record Review(boolean accept, String note) implements Step {}

  record Coordinate(Position position, String note) implements Step {}

  record Approve(String note) implements Step {}

  record Transmit() implements Step {}

  record Amend(String reason) implements Step {}

  /**
   * The step named {@code name} ({@code submit}, {@code review}, {@code coordinate}, {@code
   * approve}, {@code transmit}, {@code amend}); a missing value it needs is an {@link
   * InvalidField}.
   */
  static Step parse(
      String name,
      @Nullable String note,
      @Nullable Boolean accept,
      @Nullable Position position,
      @Nullable String reason) {
    String n = note == null ? "" : note;
    return switch (name) {
      case "submit" -> new Submit(n);
      case "review" -> {
        if (accept == null) {
          throw new InvalidField(
              "accept", "is required: true to send the draft to coordination, false to return it");
        }
        yield new Review(accept, n);
      }
      case "coordinate" -> {
        if (position == null) {
          throw new InvalidField(
              "position", "is required, one of CONCUR, CONCUR_WITH_COMMENT, DISSENT");
        }
        yield new Coordinate(position, n);
      }
      case "approve" -> new Approve(n);
      case "transmit" -> new Transmit();
      case "amend" -> {
        if (reason == null || reason.isBlank()) {
          throw new InvalidField(
              "reason", "is required: say what emerged that the amendment answers");
        }
        yield new Amend(reason);
      }
      default ->
          throw new InvalidField(
              "step",
              "'"
                  + name
                  + "' is not a step; use submit, review, coordinate, approve, transmit or amend");
    };
  }
}
