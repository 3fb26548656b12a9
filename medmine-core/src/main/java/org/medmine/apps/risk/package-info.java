/**
 * {@code risk}: the re-identification risk of the patients on chosen quasi-identifiers (equivalence
 * classes, k-anonymity after Sweeney 2002, prosecutor risk after El Emam and Dankar 2008) and the
 * generalization that reaches k, from {@link org.medmine.privacy.ReidentificationRisk}, read
 * through an analysis context's consent views and rendered as text, JSON and a report section.
 */
package org.medmine.apps.risk;
