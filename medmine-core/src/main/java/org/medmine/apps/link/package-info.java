/**
 * {@code link} and its subcommands: the master patient index of {@link org.medmine.quality.linkage}
 * (blocking, Fellegi and Sunter 1969 weights fitted by EM, constrained clustering; the index kept
 * across runs) run through an analysis context, so that the patients it compares come through the
 * consent views: a run of the index ({@link org.medmine.apps.link.LinkApp}), a lookup in it like
 * FHIR's {@code Patient/$match} ({@link org.medmine.apps.link.LinkMatchApp}) and a reviewer's merge
 * or unmerge ({@link org.medmine.apps.link.LinkDecisionApp}), each rendered as text and JSON.
 */
package org.medmine.apps.link;
