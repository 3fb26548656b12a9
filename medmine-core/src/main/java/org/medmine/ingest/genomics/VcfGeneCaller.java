package org.medmine.ingest.genomics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Calls every shipped gene ({@link AlleleDefinition#GENES}) from one sample's VCF with the {@link
 * NamedAlleleMatcher}, reading only the defining positions.
 */
public final class VcfGeneCaller {
  private final List<AlleleDefinition> definitions;

  /** A caller of {@code genes}. */
  public VcfGeneCaller(List<String> genes) {
    this.definitions = genes.stream().map(AlleleDefinition::load).toList();
  }

  /** A caller of every shipped gene. */
  public static VcfGeneCaller allGenes() {
    return new VcfGeneCaller(AlleleDefinition.GENES);
  }

  /**
   * What the VCF says.
   *
   * @param sample what was read
   * @param calls one call per gene, in gene order
   */
  public record Calls(VcfSample sample, List<GeneCall> calls) {
    public Calls {
      calls = List.copyOf(calls);
    }
  }

  /** Reads {@code vcf} and calls each gene. */
  public Calls call(Path vcf) {
    Set<String> wanted = new HashSet<>();
    for (AlleleDefinition d : definitions) {
      d.variants().forEach(v -> wanted.add(VcfSample.key(d.chromosome(), v.position())));
    }
    VcfSample sample = new VcfReader(wanted).read(vcf);
    List<GeneCall> calls = new ArrayList<>();
    for (AlleleDefinition d : definitions) {
      calls.add(new NamedAlleleMatcher(d).match(sample));
    }
    return new Calls(sample, calls);
  }
}
