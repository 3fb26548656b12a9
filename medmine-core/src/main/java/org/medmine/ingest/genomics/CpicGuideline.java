package org.medmine.ingest.genomics;

/**
 * A CPIC guideline a recommendation cites.
 *
 * @param id medmine's short id ({@code clopidogrel-2022})
 * @param title the guideline's title
 * @param year the year of the guideline
 * @param pmid its PubMed id
 * @param journal where it was published
 */
public record CpicGuideline(String id, String title, int year, String pmid, String journal) {
  /** The PubMed address of the guideline. */
  public String url() {
    return "https://pubmed.ncbi.nlm.nih.gov/" + pmid + "/";
  }

  /** A one-line citation: title, journal, PMID. */
  public String citation() {
    return title + ". " + journal + ". PMID " + pmid + ".";
  }
}
