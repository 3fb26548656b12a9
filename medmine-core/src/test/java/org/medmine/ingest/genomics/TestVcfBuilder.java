package org.medmine.ingest.genomics;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.medmine.ingest.genomics.AlleleDefinition.NamedAllele;
import org.medmine.ingest.genomics.AlleleDefinition.Variant;

/**
 * Builds a one-sample VCF over a gene's defining positions from its allele definitions (after
 * PharmCAT's TestVcfBuilder): two haplotypes start as the reference, each named allele put on a
 * haplotype writes its bases there (an IUPAC code writes its first base); unphased, each call is
 * written lower allele index first, as callers do, so the haplotypes must be recovered by phasing;
 * positions can be given a missing call ({@code ./.}) or left out of the file.
 */
final class TestVcfBuilder {
  private final AlleleDefinition definition;
  private final String[][] haplotypes;
  private boolean phased;
  private final Set<String> missing = new HashSet<>();
  private final Set<String> absent = new HashSet<>();

  private TestVcfBuilder(AlleleDefinition definition) {
    this.definition = definition;
    int n = definition.variants().size();
    haplotypes = new String[2][n];
    for (int i = 0; i < n; i++) {
      haplotypes[0][i] = definition.variants().get(i).ref();
      haplotypes[1][i] = definition.variants().get(i).ref();
    }
  }

  static TestVcfBuilder of(String gene) {
    return new TestVcfBuilder(AlleleDefinition.load(gene));
  }

  /** Puts the named {@code allele} on haplotype {@code which} (0 or 1). */
  TestVcfBuilder on(int which, String allele) {
    NamedAllele a =
        definition.alleles().stream()
            .filter(x -> x.name().equals(allele))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException(allele));
    for (int i = 0; i < a.bases().size(); i++) {
      String b = a.bases().get(i);
      if (b != null) {
        haplotypes[which][i] = b.length() == 1 ? firstBase(b, definition.variants().get(i)) : b;
      }
    }
    return this;
  }

  /** Puts {@code first} on haplotype 0 and {@code second} on haplotype 1. */
  TestVcfBuilder diplotype(String first, String second) {
    return on(0, first).on(1, second);
  }

  TestVcfBuilder phased() {
    phased = true;
    return this;
  }

  /** Gives the position with this rsid a missing call ({@code ./.}). */
  TestVcfBuilder missing(String rsid) {
    missing.add(rsid);
    return this;
  }

  /** Leaves the position with this rsid out of the file. */
  TestVcfBuilder absent(String rsid) {
    absent.add(rsid);
    return this;
  }

  private static String firstBase(String code, Variant v) {
    String bases =
        switch (code) {
          case "R" -> "AG";
          case "Y" -> "CT";
          case "S" -> "GC";
          case "W" -> "AT";
          case "K" -> "GT";
          case "M" -> "AC";
          default -> code;
        };
    // prefer an allele the position lists, the reference first
    if (bases.contains(v.ref())) {
      return v.ref();
    }
    return bases.substring(0, 1);
  }

  /** The VCF text. */
  String text() {
    StringBuilder out = new StringBuilder();
    out.append("##fileformat=VCFv4.2\n##reference=GRCh38\n");
    out.append("##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n");
    out.append("#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tSAMPLE1\n");
    List<Variant> variants = definition.variants();
    for (int i = 0; i < variants.size(); i++) {
      Variant v = variants.get(i);
      if (absent.contains(v.rsid())) {
        continue;
      }
      List<String> alts = new ArrayList<>(v.alts());
      String gt;
      if (missing.contains(v.rsid())) {
        gt = "./.";
      } else {
        int a = index(alts, v.ref(), haplotypes[0][i]);
        int b = index(alts, v.ref(), haplotypes[1][i]);
        // unphased callers write the lower allele index first, which loses which haplotype is which
        gt = phased ? a + "|" + b : Math.min(a, b) + "/" + Math.max(a, b);
      }
      out.append(definition.chromosome())
          .append('\t')
          .append(v.position())
          .append('\t')
          .append(v.rsid() == null ? "." : v.rsid())
          .append('\t')
          .append(v.ref())
          .append('\t')
          .append(alts.isEmpty() ? "." : String.join(",", alts))
          .append("\t.\tPASS\t.\tGT\t")
          .append(gt)
          .append('\n');
    }
    return out.toString();
  }

  private static int index(List<String> alts, String ref, String base) {
    if (base.equals(ref)) {
      return 0;
    }
    if (!alts.contains(base)) {
      alts.add(base);
    }
    return alts.indexOf(base) + 1;
  }

  /** Writes the VCF to {@code file} (gzip when its name ends in {@code .gz}). */
  Path write(Path file) {
    try (OutputStream raw = Files.newOutputStream(file);
        OutputStream out = file.toString().endsWith(".gz") ? new GZIPOutputStream(raw) : raw) {
      out.write(text().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** The call the matcher makes of this sample. */
  GeneCall call(Path dir) {
    Path file = write(dir.resolve(definition.gene() + "-" + System.nanoTime() + ".vcf"));
    return new VcfGeneCaller(List.of(definition.gene())).call(file).calls().get(0);
  }
}
