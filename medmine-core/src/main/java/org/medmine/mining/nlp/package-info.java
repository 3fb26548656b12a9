/**
 * Clinical natural-language processing over plain strings: section detection, sentence splitting
 * and tokenization that survive clinical abbreviations, dictionary concept extraction (longest
 * match, inflected and fuzzy), assertion in the ConText model (Harkema et al. 2009, J Biomed Inform
 * 42:839-851: negated, possible, hypothetical, historical, experiencer), mental-health markers and
 * screening scores. Nothing here reads the warehouse: applications hand in note texts and the
 * code/display pairs the lexicon grows from.
 *
 * <p>The shipped lexicon, trigger lists, section headers and abbreviations are resources of this
 * package, written for medmine; their sources and licences are stated in {@code LEXICON.md} beside
 * them.
 */
package org.medmine.mining.nlp;
