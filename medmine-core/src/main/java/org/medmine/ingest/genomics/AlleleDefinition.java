package org.medmine.ingest.genomics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A gene's star-allele definitions on GRCh38 as PharmCAT ships them ({@code GENE_translation.json},
 * format version 2, from CPIC and PharmVar): the positions that define alleles and, per named
 * allele, the base it requires at each position (null where the allele says nothing). Allele
 * strings are VCF alleles (normalized as PharmCAT's preprocessor writes them) or IUPAC ambiguity
 * codes.
 *
 * @param gene the HGNC symbol
 * @param chromosome the chromosome ({@code chr10})
 * @param version the definitions' version
 * @param variants the defining positions, in definition order
 * @param alleles the named alleles; exactly one is the reference
 */
public record AlleleDefinition(
    String gene,
    String chromosome,
    String version,
    List<Variant> variants,
    List<NamedAllele> alleles) {
  /** The genes whose definitions medmine ships (docs/pgx.md lists their sources). */
  public static final List<String> GENES =
      List.of(
          "ABCG2", "CACNA1S", "CYP2B6", "CYP2C19", "CYP2C9", "CYP3A4", "CYP3A5", "CYP4F2", "DPYD",
          "IFNL3", "NAT2", "NUDT15", "SLCO1B1", "TPMT", "UGT1A1", "VKORC1");

  public AlleleDefinition {
    variants = List.copyOf(variants);
    alleles = List.copyOf(alleles);
  }

  /**
   * A defining position.
   *
   * @param position the GRCh38 position (1-based)
   * @param rsid the dbSNP id, null when none
   * @param ref the reference allele
   * @param alts the alternate alleles
   */
  public record Variant(long position, String rsid, String ref, List<String> alts) {
    /** The position's name for people: its rsid, else chromosome position. */
    public String label(String chromosome) {
      return rsid != null ? rsid : chromosome + ":" + position;
    }
  }

  /**
   * A named allele (haplotype).
   *
   * @param name its name ({@code *2}, {@code c.1905+1G>A}, ...)
   * @param bases the allele required per variant, in variant order (null: not defined there)
   * @param reference whether it is the gene's reference allele
   */
  public record NamedAllele(String name, List<String> bases, boolean reference) {
    public NamedAllele {
      bases = java.util.Collections.unmodifiableList(new ArrayList<>(bases));
    }
  }

  /** The reference allele. */
  public NamedAllele referenceAllele() {
    return alleles.stream().filter(NamedAllele::reference).findFirst().orElseThrow();
  }

  /** The definitions of {@code gene} shipped with medmine. */
  public static AlleleDefinition load(String gene) {
    String name = "alleles/" + gene + "_translation.json";
    try (InputStream in = AlleleDefinition.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no allele definitions for " + gene);
      }
      return parse(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the allele definitions " + name, e);
    }
  }

  static AlleleDefinition parse(JsonNode root) {
    List<Variant> variants = new ArrayList<>();
    for (JsonNode v : root.path("variants")) {
      List<String> alts = new ArrayList<>();
      v.path("alts").forEach(a -> alts.add(a.asText()));
      variants.add(
          new Variant(
              v.path("position").asLong(),
              v.path("rsid").isTextual() ? v.path("rsid").asText() : null,
              v.path("ref").asText(),
              alts));
    }
    List<NamedAllele> alleles = new ArrayList<>();
    for (JsonNode a : root.path("namedAlleles")) {
      List<String> bases = new ArrayList<>();
      a.path("alleles").forEach(b -> bases.add(b.isTextual() ? b.asText() : null));
      alleles.add(new NamedAllele(a.path("name").asText(), bases, a.path("reference").asBoolean()));
    }
    return new AlleleDefinition(
        root.path("gene").asText(),
        root.path("chromosome").asText(),
        root.path("version").asText(),
        variants,
        alleles);
  }
}
