/**
 * Association rules: frequent itemsets by FP-Growth (Han, Pei and Yin 2000, "Mining frequent
 * patterns without candidate generation") and rules with support, confidence, lift, leverage and
 * conviction, over plain transactions; {@code org.medmine.apps.associations} builds the
 * transactions from the warehouse.
 */
package org.medmine.mining.rules;
