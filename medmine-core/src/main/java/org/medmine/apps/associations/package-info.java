/**
 * Association rules over the warehouse: transactions read by SQL (a patient's conditions, an
 * encounter's drugs and procedures, a claim's billed codes) mined with {@link
 * org.medmine.mining.rules.FpGrowth} into ranked rules. The app: {@link
 * org.medmine.apps.associations.RulesApp} ({@code rules}).
 */
package org.medmine.apps.associations;
