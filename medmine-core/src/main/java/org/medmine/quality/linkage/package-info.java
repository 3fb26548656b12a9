/**
 * Record linkage of patient records within and across sources: blocking, field comparators
 * (Jaro–Winkler for names with a nickname table, date and address comparisons), Fellegi–Sunter
 * match weights (Fellegi and Sunter 1969) whose m-probabilities are estimated by EM (Winkler 1988)
 * and u-probabilities from random pairs, a match probability per pair, clusters by transitive
 * closure, and a review list.
 */
package org.medmine.quality.linkage;
