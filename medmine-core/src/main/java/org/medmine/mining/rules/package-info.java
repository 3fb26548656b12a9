/**
 * Association rules: frequent itemsets by FP-Growth (Han, Pei and Yin 2000, "Mining frequent patterns without
 * candidate generation") and rules with support, confidence, lift, leverage and conviction, over plain
 * transactions. {@link org.medmine.mining.rules.Transactions} builds the transactions from the warehouse
 * (patients' conditions, encounters' drugs and procedures, claims' billed codes).
 */
package org.medmine.mining.rules;
