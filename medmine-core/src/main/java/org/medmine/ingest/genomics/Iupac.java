package org.medmine.ingest.genomics;

import java.util.Map;

/**
 * IUPAC nucleotide ambiguity codes (Cornish-Bowden, Nucleic Acids Res 1985;13:3021-3030) as allele
 * definitions use them: {@code R} is A or G, {@code Y} is C or T, and so on.
 */
final class Iupac {
  private static final Map<Character, String> CODES =
      Map.ofEntries(
          Map.entry('R', "AG"),
          Map.entry('Y', "CT"),
          Map.entry('S', "GC"),
          Map.entry('W', "AT"),
          Map.entry('K', "GT"),
          Map.entry('M', "AC"),
          Map.entry('B', "CGT"),
          Map.entry('D', "AGT"),
          Map.entry('H', "ACT"),
          Map.entry('V', "ACG"),
          Map.entry('N', "ACGT"));

  private Iupac() {}

  /** Whether the defined allele {@code defined} matches the sample's allele {@code called}. */
  static boolean matches(String defined, String called) {
    if (defined.equals(called)) {
      return true;
    }
    if (defined.length() != 1 || called.length() != 1) {
      return false;
    }
    String bases = CODES.get(defined.charAt(0));
    return bases != null && bases.indexOf(called.charAt(0)) >= 0;
  }
}
