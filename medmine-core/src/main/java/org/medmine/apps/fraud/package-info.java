/**
 * Claims-fraud screening: per-provider features from claims (claims and services per patient, cost
 * per claim, procedure-mix divergence from peers, off-hours billing, claims without an encounter,
 * billed visit types that differ from the recorded visit, split and duplicate claims,
 * sex-impossible or post-mortem services), scored by robust peer z-scores and an isolation forest
 * into one ranked list, each provider with the reasons that drove its rank. The app: {@link
 * org.medmine.apps.fraud.FraudApp} ({@code fraud}).
 */
package org.medmine.apps.fraud;
