package io.vigil.process;

import io.vigil.process.deadline.Deadline;
import io.vigil.process.election.Election;
import org.jspecify.annotations.Nullable;

/**
 * An election with the state of its products and deadlines, as far as the user may see them. The
 * deadlines themselves are never secret (the order publishes them); a product's status is shown
 * only to users who may read the product.
 */
public record ElectionOverview(
    Election election,
    Deadline assessment,
    Deadline impactReport,
    @Nullable String assessmentStatus,
    @Nullable String impactReportStatus,
    boolean section3Open,
    int evidence,
    int activities,
    int judgments,
    int determinations) {}
