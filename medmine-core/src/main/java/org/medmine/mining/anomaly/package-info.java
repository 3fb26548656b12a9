/**
 * Anomaly detection over plain feature matrices: an isolation forest (Liu, Ting and Zhou 2008) and
 * robust z-scores against peers (median and scaled median absolute deviation, Iglewicz and Hoaglin
 * 1993).
 */
package org.medmine.mining.anomaly;
