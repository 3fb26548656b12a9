package org.medmine.quality;

import java.util.List;

/**
 * The outcome of one check: how many rows it examined and how many violate it, their share in
 * percent, the verdict against the threshold, and a few example rows as {@code source/id}. {@code
 * error} is set (and the check fails) when its SQL could not run.
 */
public record CheckResult(
    CheckDefinition check,
    long rows,
    long violations,
    double sharePercent,
    boolean passed,
    List<String> examples,
    String error) {}
