/**
 * {@code deid} and {@code deid verify}: a de-identified copy of a warehouse in a new warehouse file
 * (HIPAA §164.514(b)(2) Safe Harbor, a date-shifted variant, or a limited data set; {@link
 * org.medmine.privacy.Deidentifier}) and the leak scan of such a copy against its source ({@link
 * org.medmine.privacy.LeakScanner}). Both copy or scan the warehouse whole, every patient
 * de-identified, so they read the files themselves rather than through the consent views; the
 * analysis context they run in records them, one audit entry per warehouse touched.
 */
package org.medmine.apps.deid;
