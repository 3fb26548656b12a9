/**
 * {@code nlp}: the clinical NLP pipeline of {@link org.medmine.mining.nlp} as applications. {@link
 * org.medmine.apps.nlp.NlpApp} annotates every note of a warehouse (through the consent views) on N
 * threads in bounded memory, rebuilds {@code note_concept} in one transaction and returns counts,
 * throughput, examples and the mental-health view per patient; {@link
 * org.medmine.apps.nlp.NlpFilesApp} annotates text files, or judges the sentence/target pairs of a
 * NegEx-style test file, without a warehouse.
 */
package org.medmine.apps.nlp;
