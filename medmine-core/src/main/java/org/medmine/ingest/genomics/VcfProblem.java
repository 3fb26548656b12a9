package org.medmine.ingest.genomics;

/**
 * A VCF data line that could not be read, kept rather than dropped: its file, line and the reason.
 * A position whose line is refused counts as missing for the allele matcher.
 *
 * @param file the VCF file
 * @param line the 1-based line number
 * @param reason what was wrong
 * @param raw the line's first 200 characters
 */
public record VcfProblem(String file, long line, String reason, String raw) {
  static VcfProblem of(String file, long line, String reason, String raw) {
    return new VcfProblem(file, line, reason, raw.length() > 200 ? raw.substring(0, 200) : raw);
  }

  @Override
  public String toString() {
    return file + ":" + line + ": " + reason;
  }
}
