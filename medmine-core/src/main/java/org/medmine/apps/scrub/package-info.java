/**
 * {@code scrub}: the PHI scrubber ({@link org.medmine.privacy.PhiScrubber}) on notes that never
 * entered a warehouse, text files (one note each) or JSON Lines (one note per line), every input
 * read and scrubbed before anything is written. It touches no warehouse, so it runs without an
 * analysis context.
 */
package org.medmine.apps.scrub;
