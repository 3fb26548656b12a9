/**
 * Quality improvement: monthly measures for control charts (30-day readmission proportion, emergency visits per
 * 1,000 patients, length of stay).
 */
package org.medmine.apps.qi;
