/**
 * Privacy and governance: de-identification of a warehouse into a new one (HIPAA §164.514(b)(2)
 * Safe Harbor, date-shifted and limited data set policies), the free-text PHI scrubber, the leak
 * scan that proves a de-identified warehouse carries no identifier, and the tamper-evident audit
 * trail.
 */
package org.medmine.privacy;
