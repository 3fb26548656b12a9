/**
 * Synthetic copies of a warehouse, the {@code synthesize} app ({@link
 * org.medmine.apps.synthesis.SynthesisApp}): a patient-level generative model fitted on half of a
 * warehouse's patients (demographics as a chain of conditionals, condition/drug/procedure sequences
 * as a first-order Markov chain with timing, encounters per year of age, lab values as conditional
 * empirical quantiles), rare counts suppressed and optional Laplace noise on the counts; the
 * sampled patients written as a new warehouse in the same schema, and a report of its fidelity
 * (marginals, associations, prevalence, train-on-synthetic AUROC) and privacy (distance to the
 * closest record, membership inference, copies) measured against the held-out half.
 */
package org.medmine.apps.synthesis;
