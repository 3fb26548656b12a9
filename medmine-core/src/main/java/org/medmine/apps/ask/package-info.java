/**
 * {@code ask}: questions of the warehouse in plain English, parsed deterministically into one SQL
 * statement whose interpretation (concepts and codes, filters, time window, SQL) is shown with the
 * rows; a question that cannot be read exactly is met with a clarification listing candidate
 * interpretations. See docs/ask.md for the rules and the question set that measures them.
 */
package org.medmine.apps.ask;
