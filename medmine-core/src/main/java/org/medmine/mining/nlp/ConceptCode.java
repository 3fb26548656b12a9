package org.medmine.mining.nlp;

/**
 * A code of a lexicon concept: its system (a canonical FHIR system URI), the code, and where the
 * lexicon has it from ({@code synthea}: seen with this meaning in Synthea 3.3's output; {@code
 * author}: written by medmine's author, to be checked against the terminology before relying on it;
 * {@code warehouse}: a code of the warehouse the lexicon was built from).
 */
public record ConceptCode(String system, String code, String source) {
  public static final String SNOMED = "http://snomed.info/sct";
  public static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
  public static final String LOINC = "http://loinc.org";
}
