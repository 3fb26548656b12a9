/**
 * Clinical decision support at the point of care, after HL7 CDS Hooks 2.0
 * (https://cds-hooks.hl7.org/2.0/): a drug-interaction knowledge base built from the ONC
 * high-priority and non-interruptive lists (Phansalkar et al., JAMIA 2012 and 2013) and mapped to
 * RxNorm ingredients ({@link org.medmine.apps.cds.InteractionKnowledgeBase}, {@link
 * org.medmine.apps.cds.IngredientResolver}), the cards of the {@code order-select} and {@code
 * order-sign} hooks under an alert-fatigue policy ({@link org.medmine.apps.cds.AlertPolicy}), the
 * hook point for pharmacogenomic advice ({@link org.medmine.apps.cds.PgxAdvisor}) and the service
 * that answers a hook request ({@link org.medmine.apps.cds.CdsHookService}).
 */
package org.medmine.apps.cds;
