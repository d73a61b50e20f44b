package io.vigil.screening;

/**
 * One listed party found for a query.
 *
 * @param list the list it is on
 * @param entity the listed party
 * @param score 0..1
 * @param outcome match, possible match or no match at the threshold used
 * @param explanation which names and tokens matched, how, and what moved the score
 */
public record ScreeningResult(
    String list, ListEntity entity, double score, Outcome outcome, Explanation explanation) {}
