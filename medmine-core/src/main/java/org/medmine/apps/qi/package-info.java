/**
 * Quality improvement, the {@code spc} app ({@link org.medmine.apps.qi.SpcApp}): monthly measures
 * for control charts (30-day readmission proportion, emergency visits per 1,000 patients, length of
 * stay) or an external series, as p-, u- and XmR charts judged by run rules.
 */
package org.medmine.apps.qi;
