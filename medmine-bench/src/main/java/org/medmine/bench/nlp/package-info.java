/**
 * The clinical NLP bench of issue 17: medmine's ConText against a plain NegEx baseline (Chapman et
 * al. 2001) on the gold set written for it ({@code org/medmine/bench/nlp/context-gold-*.tsv}), and
 * medmine's note pipeline throughput over the notes of a Synthea population on one and two threads.
 */
package org.medmine.bench.nlp;
