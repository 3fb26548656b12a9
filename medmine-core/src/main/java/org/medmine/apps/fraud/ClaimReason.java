package org.medmine.apps.fraud;

/**
 * Why one claim ranks high.
 *
 * @param feature the pattern, named by the provider feature it feeds (duplicates, impossible
 *     services, ...)
 * @param weight how much it counts, in (0, 1): a rule violation (an impossible or duplicate claim)
 *     weighs more than a deviation from peers (cost, services, off-hours)
 * @param text the reason as a reviewer reads it
 */
public record ClaimReason(FraudFeature feature, double weight, String text) {}
