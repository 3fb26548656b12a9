/**
 * Record linkage of patient records within and across sources, kept as a master patient index:
 * blocking on keys that each carry part of the birth date, field comparators (Jaro–Winkler names
 * with nicknames, keyboard slips, Double Metaphone and short forms; date, address, SSN and phone
 * comparisons), Fellegi–Sunter match weights (Fellegi and Sunter 1969) with m estimated by EM
 * (Winkler 1988) and frequency-based name weights, the strong disagreements that forbid a link
 * (twins, multiple births, siblings, Jr./Sr., a generation apart, different SSNs), clustering that
 * cannot chain, persistent enterprise person ids with incremental updates, golden records,
 * reviewers' merges and unmerges, and a {@code $match}-style lookup.
 */
package org.medmine.quality.linkage;
