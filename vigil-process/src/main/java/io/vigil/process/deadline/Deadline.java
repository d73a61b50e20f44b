package io.vigil.process.deadline;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A product's deadline: when it is due, when it was delivered, and how it stands.
 *
 * @param basis how the due date was computed, in words (e.g. "election concluded 2020-11-03 + 45
 *     days")
 * @param projected true when the due date depends on an event that has not happened yet
 */
public record Deadline(
    String product,
    LocalDate due,
    @Nullable LocalDate delivered,
    DeadlineState state,
    long daysLate,
    String basis,
    boolean projected) {}
