package org.medmine.ingest.genomics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.medmine.ingest.genomics.AlleleDefinition.Variant;

/**
 * A sample's calls at one gene's defining positions, in definition order: two alleles per called
 * position, none where the VCF has no line, a missing call, or a REF that disagrees with the
 * definition (noted). Enumerates the phasings of the heterozygous positions.
 */
final class SampleCalls {
  private final AlleleDefinition definition;
  private final String[][] calls;
  private final boolean phased;
  private final List<String> notes;

  private SampleCalls(
      AlleleDefinition definition, String[][] calls, boolean phased, List<String> notes) {
    this.definition = definition;
    this.calls = calls;
    this.phased = phased;
    this.notes = notes;
  }

  static SampleCalls of(AlleleDefinition definition, VcfSample sample) {
    List<Variant> variants = definition.variants();
    String[][] calls = new String[variants.size()][];
    List<String> notes = new ArrayList<>();
    boolean allPhased = true;
    for (int i = 0; i < calls.length; i++) {
      Variant v = variants.get(i);
      Optional<VcfGenotype> g = sample.at(definition.chromosome(), v.position());
      if (g.isEmpty() || g.get().missing()) {
        continue;
      }
      if (!g.get().ref().equals(v.ref())) {
        notes.add(
            v.label(definition.chromosome())
                + ": the VCF's REF "
                + g.get().ref()
                + " is not GRCh38's "
                + v.ref()
                + " (line "
                + g.get().line()
                + "); treated as missing");
        continue;
      }
      List<String> a = g.get().alleles();
      calls[i] = new String[] {a.get(0), a.size() > 1 ? a.get(1) : a.get(0)};
      allPhased &= g.get().phased() || !g.get().heterozygous();
    }
    return new SampleCalls(definition, calls, allPhased, notes);
  }

  boolean missing(int i) {
    return calls[i] == null;
  }

  Optional<String[]> at(int i) {
    return Optional.ofNullable(calls[i]);
  }

  boolean phased() {
    return phased;
  }

  List<String> notes() {
    return notes;
  }

  int calledCount() {
    int n = 0;
    for (String[] c : calls) {
      n += c == null ? 0 : 1;
    }
    return n;
  }

  /** The indexes of the heterozygous positions. */
  List<Integer> heterozygousIndexes() {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < calls.length; i++) {
      if (calls[i] != null && !calls[i][0].equals(calls[i][1])) {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * The sample's haplotype pairs: the calls as written when phased (or at most one heterozygous
   * position), else every assignment of the heterozygous alleles to the two haplotypes, the first
   * heterozygous position fixed (its swap gives the same pairs).
   */
  List<String[][]> phasings() {
    List<Integer> het = heterozygousIndexes();
    int free = phased || het.isEmpty() ? 0 : het.size() - 1;
    List<String[][]> out = new ArrayList<>();
    for (int mask = 0; mask < (1 << free); mask++) {
      String[] a = new String[calls.length];
      String[] b = new String[calls.length];
      for (int i = 0; i < calls.length; i++) {
        if (calls[i] != null) {
          a[i] = calls[i][0];
          b[i] = calls[i][1];
        }
      }
      for (int h = 1; h <= free; h++) {
        if ((mask & (1 << (h - 1))) != 0) {
          int i = het.get(h);
          a[i] = calls[i][1];
          b[i] = calls[i][0];
        }
      }
      out.add(new String[][] {a, b});
    }
    return out;
  }

  /** The non-reference calls, {@code rs4244285 G/A} ({@code |} when phased). */
  List<String> variantCalls() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < calls.length; i++) {
      Variant v = definition.variants().get(i);
      if (calls[i] != null && !(calls[i][0].equals(v.ref()) && calls[i][1].equals(v.ref()))) {
        out.add(v.label(definition.chromosome()) + " " + calls[i][0] + "/" + calls[i][1]);
      }
    }
    return out;
  }

  /** The defining positions without a usable call. */
  List<String> missingLabels() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < calls.length; i++) {
      if (calls[i] == null) {
        out.add(definition.variants().get(i).label(definition.chromosome()));
      }
    }
    return out;
  }
}
