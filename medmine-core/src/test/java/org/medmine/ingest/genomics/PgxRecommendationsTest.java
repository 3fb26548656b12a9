package org.medmine.ingest.genomics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Diplotypes to CPIC phenotypes (the shipped tables) to the recommendation for each of the eight
 * drugs, checked by hand against the CPIC guidelines: clopidogrel 2022, warfarin 2017, statins
 * 2022, fluoropyrimidines 2017, thiopurines 2018, tacrolimus 2015, opioids 2021, tamoxifen 2018.
 */
class PgxRecommendationsTest {
  private static final String CLOPIDOGREL = "32968";
  private static final String WARFARIN = "11289";
  private static final String SIMVASTATIN = "36567";
  private static final String FLUOROURACIL = "4492";
  private static final String CAPECITABINE = "194000";
  private static final String MERCAPTOPURINE = "103";
  private static final String AZATHIOPRINE = "1256";
  private static final String TACROLIMUS = "42316";
  private static final String CODEINE = "2670";
  private static final String TAMOXIFEN = "10324";

  private final PgxPhenotyper phenotyper = new PgxPhenotyper();
  private final PgxRecommendations cpic = PgxRecommendations.shipped();

  private GenePhenotype result(String gene, String diplotype) {
    return phenotyper.of(Diplotype.parse(gene, diplotype), "test");
  }

  private PgxProfile profile(String... geneDiplotypes) {
    GenePhenotype[] genes =
        Arrays.stream(geneDiplotypes)
            .map(s -> s.split(" ", 2))
            .map(p -> result(p[0], p[1]))
            .toArray(GenePhenotype[]::new);
    return PgxProfile.of("p1", genes);
  }

  private PgxRecommendation only(PgxProfile profile, String rxcui) {
    List<PgxRecommendation> r = cpic.forDrug(profile, rxcui);
    assertThat(r).hasSize(1);
    return r.get(0);
  }

  @Test
  void phenotypesComeFromCpicTables() {
    assertThat(result("CYP2C19", "*2/*2").phenotype()).isEqualTo("Poor Metabolizer");
    assertThat(result("CYP2C19", "*2/*38").phenotype()).isEqualTo("Intermediate Metabolizer");
    assertThat(result("CYP2C19", "*17/*17").phenotype()).isEqualTo("Ultrarapid Metabolizer");
    assertThat(result("CYP2C9", "*1/*3").activityScore()).isEqualTo("1.0");
    assertThat(result("DPYD", "Reference/c.1905+1G>A (*2A)").activityScore()).isEqualTo("1.0");
    assertThat(result("DPYD", "c.1905+1G>A (*2A)/c.2846A>T").phenotype())
        .isEqualTo("Poor Metabolizer");
    assertThat(result("SLCO1B1", "*5/*5").phenotype()).isEqualTo("Poor Function");
    assertThat(result("CYP4F2", "*1/*3").phenotype()).isEqualTo(PgxPhenotyper.CYP4F2_CARRIER);
    // CYP2D6 by activity score: *1 1, *4 0, *10 0.25, *41 0.5, *1x2 2
    assertThat(result("CYP2D6", "*1/*4").activityScore()).isEqualTo("1.0");
    assertThat(result("CYP2D6", "*1/*4").phenotype()).isEqualTo("Intermediate Metabolizer");
    assertThat(result("CYP2D6", "*4/*10").activityScore()).isEqualTo("0.25");
    assertThat(result("CYP2D6", "*1/*41").phenotype()).isEqualTo("Normal Metabolizer");
    assertThat(result("CYP2D6", "*1x2/*1").phenotype()).isEqualTo("Ultrarapid Metabolizer");
    assertThat(result("CYP2D6", "*4/*5").phenotype()).isEqualTo("Poor Metabolizer");
    assertThat(result("CYP2D6", "*1/*999").phenotype()).isEqualTo("Indeterminate");
  }

  @Test
  void clopidogrelByCyp2c19() {
    PgxRecommendation pm = only(profile("CYP2C19 *2/*2"), CLOPIDOGREL);
    assertThat(pm.classification()).isEqualTo("strong");
    assertThat(pm.actionable()).isTrue();
    assertThat(pm.recommendation()).startsWith("Avoid clopidogrel").contains("prasugrel");
    assertThat(pm.guideline().pmid()).isEqualTo("35034351");
    assertThat(pm.guideline().year()).isEqualTo(2022);
    assertThat(pm.genes()).containsEntry("CYP2C19", "Poor Metabolizer");
    PgxRecommendation im = only(profile("CYP2C19 *2/*38"), CLOPIDOGREL);
    assertThat(im.recommendation()).startsWith("Avoid the standard dose");
    PgxRecommendation um = only(profile("CYP2C19 *17/*17"), CLOPIDOGREL);
    assertThat(um.actionable()).isFalse();
    assertThat(um.recommendation()).contains("standard dose (75 mg/day)");
  }

  @Test
  void warfarinByCyp2c9Vkorc1AndCyp4f2() {
    PgxProfile usual =
        profile(
            "CYP2C9 *1/*1",
            "VKORC1 rs9923231 reference (C)/rs9923231 reference (C)",
            "CYP4F2 *1/*1");
    PgxRecommendation u = only(usual, WARFARIN);
    assertThat(u.classification()).isEqualTo("strong");
    assertThat(u.actionable()).isFalse();
    assertThat(u.recommendation()).contains("validated pharmacogenetic algorithm", "usual dose");
    assertThat(u.guideline().pmid()).isEqualTo("28198005");
    PgxProfile sensitive =
        profile(
            "CYP2C9 *1/*3", "VKORC1 rs9923231 variant (T)/rs9923231 variant (T)", "CYP4F2 *1/*3");
    List<PgxRecommendation> s = cpic.forDrug(sensitive, WARFARIN);
    assertThat(s).hasSize(2);
    assertThat(s.get(0).genes())
        .containsEntry("CYP2C9", "Intermediate Metabolizer")
        .containsEntry("VKORC1", "-1639 AA");
    assertThat(s.get(0).recommendation()).contains("much lower dose");
    assertThat(s.get(1).classification()).isEqualTo("optional");
    assertThat(s.get(1).recommendation()).contains("5-10% higher");
  }

  @Test
  void simvastatinBySlco1b1() {
    assertThat(only(profile("SLCO1B1 *1/*1"), SIMVASTATIN).actionable()).isFalse();
    PgxRecommendation decreased = only(profile("SLCO1B1 *1/*5"), SIMVASTATIN);
    assertThat(decreased.genes()).containsEntry("SLCO1B1", "Decreased Function");
    assertThat(decreased.recommendation()).contains("below 20 mg/day");
    PgxRecommendation poor = only(profile("SLCO1B1 *5/*5"), SIMVASTATIN);
    assertThat(poor.recommendation()).contains("another statin").doesNotContain("20 mg");
    assertThat(poor.guideline().pmid()).isEqualTo("35152405");
  }

  @Test
  void fluoropyrimidinesByDpydActivityScore() {
    PgxRecommendation half = only(profile("DPYD Reference/c.2846A>T"), FLUOROURACIL);
    assertThat(half.genes()).containsEntry("DPYD", "Intermediate Metabolizer, activity score 1.5");
    assertThat(half.classification()).isEqualTo("moderate");
    assertThat(half.recommendation()).startsWith("Start at half the usual dose");
    PgxRecommendation strongHalf = only(profile("DPYD Reference/c.1905+1G>A (*2A)"), CAPECITABINE);
    assertThat(strongHalf.classification()).isEqualTo("strong");
    assertThat(strongHalf.drug()).isEqualTo("capecitabine");
    PgxRecommendation avoid = only(profile("DPYD c.1905+1G>A (*2A)/c.2846A>T"), CAPECITABINE);
    assertThat(avoid.recommendation())
        .startsWith("Avoid capecitabine")
        .contains("strongly reduced");
    PgxRecommendation none =
        only(profile("DPYD c.1905+1G>A (*2A)/c.1905+1G>A (*2A)"), FLUOROURACIL);
    assertThat(none.genes()).containsEntry("DPYD", "Poor Metabolizer, activity score 0.0");
    assertThat(none.recommendation()).startsWith("Avoid fluorouracil and other");
    assertThat(only(profile("DPYD Reference/Reference"), FLUOROURACIL).actionable()).isFalse();
  }

  @Test
  void thiopurinesByTpmtAndNudt15() {
    List<PgxRecommendation> r =
        cpic.forDrug(profile("TPMT *1/*3A", "NUDT15 *1/*1"), MERCAPTOPURINE);
    assertThat(r).hasSize(2);
    assertThat(r.get(0).genes()).containsEntry("TPMT", "Intermediate Metabolizer");
    assertThat(r.get(0).recommendation()).startsWith("Start at 30-80% of the normal dose");
    assertThat(r.get(1).genes()).containsEntry("NUDT15", "Normal Metabolizer");
    assertThat(r.get(1).actionable()).isFalse();
    PgxRecommendation poor =
        cpic.forDrug(profile("TPMT *1/*1", "NUDT15 *3/*3"), AZATHIOPRINE).get(1);
    assertThat(poor.genes()).containsEntry("NUDT15", "Poor Metabolizer");
    assertThat(poor.recommendation()).contains("non-thiopurine immunosuppressant");
    assertThat(poor.guideline().pmid()).isEqualTo("30447069");
  }

  @Test
  void tacrolimusByCyp3a5() {
    PgxRecommendation expresser = only(profile("CYP3A5 *1/*3"), TACROLIMUS);
    assertThat(expresser.recommendation()).startsWith("Start at 1.5 to 2 times");
    assertThat(expresser.actionable()).isTrue();
    PgxRecommendation nonexpresser = only(profile("CYP3A5 *3/*3"), TACROLIMUS);
    assertThat(nonexpresser.genes()).containsEntry("CYP3A5", "Poor Metabolizer");
    assertThat(nonexpresser.recommendation()).startsWith("Start at the standard");
    assertThat(nonexpresser.guideline().pmid()).isEqualTo("25801146");
  }

  @Test
  void codeineAndTamoxifenByCyp2d6OutsideCall() {
    PgxRecommendation um = only(profile("CYP2D6 *1x2/*1"), CODEINE);
    assertThat(um.recommendation()).startsWith("Avoid codeine").contains("not tramadol");
    assertThat(um.guideline().pmid()).isEqualTo("33387367");
    PgxRecommendation pm = only(profile("CYP2D6 *4/*4"), CODEINE);
    assertThat(pm.implication()).contains("little or no pain relief");
    assertThat(only(profile("CYP2D6 *1/*2"), CODEINE).actionable()).isFalse();
    // tamoxifen: *1/*4 has activity score 1 (optional), *4/*41 0.5 (moderate), *4/*4 poor (strong)
    assertThat(only(profile("CYP2D6 *1/*4"), TAMOXIFEN).classification()).isEqualTo("optional");
    assertThat(only(profile("CYP2D6 *4/*41"), TAMOXIFEN).classification()).isEqualTo("moderate");
    PgxRecommendation poor = only(profile("CYP2D6 *4/*4"), TAMOXIFEN);
    assertThat(poor.classification()).isEqualTo("strong");
    assertThat(poor.recommendation()).startsWith("Use an aromatase inhibitor");
    assertThat(poor.guideline().pmid()).isEqualTo("29385237");
    assertThat(only(profile("CYP2D6 *1/*1"), TAMOXIFEN).recommendation()).contains("20 mg/day");
  }

  @Test
  void missingGeneGivesNoRecommendationAndIsNamed() {
    PgxProfile none = profile("CYP2C9 *1/*1");
    assertThat(cpic.forDrug(none, WARFARIN)).isEmpty();
    assertThat(cpic.missingGenes(none, WARFARIN)).containsExactly("VKORC1", "CYP4F2");
    assertThat(cpic.forDrug(none, "999999")).isEmpty();
    assertThat(cpic.drugs()).hasSize(11).containsEntry(CODEINE, "codeine");
  }

  @Test
  void anOpenCallIsIndeterminateAndSaysSo() {
    GeneCall open =
        new GeneCall(
            "CYP2C19",
            "vcf",
            List.of(
                Diplotype.of("CYP2C19", "*1", "*2", 39), Diplotype.of("CYP2C19", "*2", "*17", 6)),
            false,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            2,
            List.of());
    GenePhenotype p = phenotyper.of(open);
    assertThat(p.diplotype()).isEqualTo("*1/*2 or *2/*17");
    assertThat(p.phenotype()).isEqualTo("Intermediate Metabolizer");
    GeneCall disagree =
        new GeneCall(
            "CYP2C19",
            "vcf",
            List.of(Diplotype.of("CYP2C19", "*1", "*2", 6), Diplotype.of("CYP2C19", "*2", "*2", 6)),
            false,
            List.of(),
            List.of(),
            List.of("*17"),
            List.of(),
            2,
            List.of());
    PgxProfile profile = PgxProfile.of("p", List.of(disagree), phenotyper);
    assertThat(profile.gene("CYP2C19").orElseThrow().alternatives())
        .containsExactly("*1/*2: Intermediate Metabolizer", "*2/*2: Poor Metabolizer");
    PgxRecommendation r = only(profile, CLOPIDOGREL);
    assertThat(r.classification()).isEqualTo("no recommendation");
    assertThat(r.basedOnOpenCall()).isTrue();
  }
}
