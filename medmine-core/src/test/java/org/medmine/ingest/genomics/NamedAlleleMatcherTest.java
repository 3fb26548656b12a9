package org.medmine.ingest.genomics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * VCFs built per gene from the allele definitions (reference, heterozygous, homozygous, unphased
 * compound heterozygous, missing and absent positions) give the diplotypes written here by hand
 * from the definitions and CPIC's naming.
 */
class NamedAlleleMatcherTest {
  @TempDir Path dir;

  private String call(TestVcfBuilder vcf) {
    return vcf.call(dir).diplotypeText();
  }

  @Test
  void cyp2c19ReferenceHeterozygousHomozygousAndCompoundHeterozygous() {
    // *38 is CYP2C19's reference sequence; *1 differs from it at rs3758581 only.
    assertThat(call(TestVcfBuilder.of("CYP2C19"))).isEqualTo("*38/*38");
    assertThat(call(TestVcfBuilder.of("CYP2C19").on(0, "*2"))).isEqualTo("*2/*38");
    assertThat(call(TestVcfBuilder.of("CYP2C19").diplotype("*1", "*2"))).isEqualTo("*1/*2");
    assertThat(call(TestVcfBuilder.of("CYP2C19").diplotype("*17", "*17"))).isEqualTo("*17/*17");
    assertThat(call(TestVcfBuilder.of("CYP2C19").diplotype("*2", "*2"))).isEqualTo("*2/*2");
    // unphased: rs12248560 and the *2 positions heterozygous; in cis no allele fits, so in trans
    GeneCall compound = TestVcfBuilder.of("CYP2C19").diplotype("*2", "*17").call(dir);
    assertThat(compound.phased()).isFalse();
    assertThat(compound.diplotypeText()).isEqualTo("*2/*17");
    assertThat(compound.variantCalls()).contains("rs4244285 G/A", "rs12248560 C/T");
  }

  @Test
  void cyp2c9AndCyp3a5AndCyp4f2() {
    assertThat(call(TestVcfBuilder.of("CYP2C9"))).isEqualTo("*1/*1");
    assertThat(call(TestVcfBuilder.of("CYP2C9").on(1, "*3"))).isEqualTo("*1/*3");
    assertThat(call(TestVcfBuilder.of("CYP2C9").diplotype("*2", "*2"))).isEqualTo("*2/*2");
    assertThat(call(TestVcfBuilder.of("CYP2C9").diplotype("*2", "*3"))).isEqualTo("*2/*3");
    assertThat(call(TestVcfBuilder.of("CYP3A5"))).isEqualTo("*1/*1");
    assertThat(call(TestVcfBuilder.of("CYP3A5").diplotype("*3", "*3"))).isEqualTo("*3/*3");
    assertThat(call(TestVcfBuilder.of("CYP3A5").diplotype("*3", "*6"))).isEqualTo("*3/*6");
    assertThat(call(TestVcfBuilder.of("CYP4F2").on(0, "*3"))).isEqualTo("*1/*3");
  }

  @Test
  void dpydCompoundHeterozygoteIsCalledInTrans() {
    assertThat(call(TestVcfBuilder.of("DPYD"))).isEqualTo("Reference/Reference");
    assertThat(call(TestVcfBuilder.of("DPYD").on(1, "c.1905+1G>A (*2A)")))
        .isEqualTo("Reference/c.1905+1G>A (*2A)");
    assertThat(call(TestVcfBuilder.of("DPYD").diplotype("c.2846A>T", "c.2846A>T")))
        .isEqualTo("c.2846A>T/c.2846A>T");
    assertThat(call(TestVcfBuilder.of("DPYD").diplotype("c.1905+1G>A (*2A)", "c.2846A>T")))
        .isEqualTo("c.1905+1G>A (*2A)/c.2846A>T");
  }

  @Test
  void phaseDecidesBetweenTpmtStar3aAndStar3bStar3c() {
    // *3A is *3B's and *3C's variants in cis: unphased, the more specific *1/*3A scores higher
    assertThat(call(TestVcfBuilder.of("TPMT").diplotype("*3B", "*3C"))).isEqualTo("*1/*3A");
    assertThat(call(TestVcfBuilder.of("TPMT").diplotype("*3B", "*3C").phased()))
        .isEqualTo("*3B/*3C");
    assertThat(call(TestVcfBuilder.of("TPMT").diplotype("*3A", "*3A"))).isEqualTo("*3A/*3A");
    assertThat(call(TestVcfBuilder.of("NUDT15").on(0, "*3"))).isEqualTo("*1/*3");
    assertThat(call(TestVcfBuilder.of("NUDT15").diplotype("*3", "*3"))).isEqualTo("*3/*3");
  }

  @Test
  void slco1b1Ugt1a1AndVkorc1() {
    assertThat(call(TestVcfBuilder.of("SLCO1B1").on(0, "*5"))).isEqualTo("*1/*5");
    assertThat(call(TestVcfBuilder.of("SLCO1B1").diplotype("*5", "*5"))).isEqualTo("*5/*5");
    assertThat(call(TestVcfBuilder.of("SLCO1B1").diplotype("*15", "*15"))).isEqualTo("*15/*15");
    assertThat(call(TestVcfBuilder.of("UGT1A1").diplotype("*28", "*28"))).isEqualTo("*28/*28");
    assertThat(call(TestVcfBuilder.of("UGT1A1").on(1, "*28"))).isEqualTo("*1/*28");
    assertThat(call(TestVcfBuilder.of("VKORC1").on(1, "rs9923231 variant (T)")))
        .isEqualTo("rs9923231 reference (C)/rs9923231 variant (T)");
  }

  @Test
  void missingPositionLeavesTheCallOpenAndSaysSo() {
    // rs12248560 (*17's and *4's variant) has no call: the rest says *1/*1, but *17 (rs12248560 T
    // with rs3758581 G, which the sample has) could be hidden; *4 could not (rs28399504 is A/A)
    GeneCall missing =
        TestVcfBuilder.of("CYP2C19").diplotype("*1", "*1").missing("rs12248560").call(dir);
    assertThat(missing.diplotypeText()).isEqualTo("*1/*1");
    assertThat(missing.missingPositions()).containsExactly("rs12248560");
    assertThat(missing.possiblyMissed()).containsExactly("*17");
    assertThat(missing.dependsOnMissing()).isTrue();
    // on a *38/*38 background (rs3758581 A/A) no allele defined at rs12248560 fits: nothing hidden
    GeneCall reference = TestVcfBuilder.of("CYP2C19").missing("rs12248560").call(dir);
    assertThat(reference.diplotypeText()).isEqualTo("*38/*38");
    assertThat(reference.dependsOnMissing()).isFalse();
    // the same position left out of the file altogether
    GeneCall absent = TestVcfBuilder.of("CYP2C9").on(0, "*2").absent("rs1057910").call(dir);
    assertThat(absent.diplotypeText()).isEqualTo("*1/*2");
    assertThat(absent.possiblyMissed()).contains("*3");
    // a missing position no allele consistent with the calls needs: the call does not depend on it
    GeneCall complete = TestVcfBuilder.of("CYP2C9").diplotype("*2", "*3").call(dir);
    assertThat(complete.dependsOnMissing()).isFalse();
    assertThat(complete.missingPositions()).isEmpty();
  }

  @Test
  void homozygousVariantAtAMissingPositionsNeighbourStillCalls() {
    GeneCall c = TestVcfBuilder.of("CYP2C9").diplotype("*3", "*3").missing("rs1799853").call(dir);
    assertThat(c.diplotypeText()).isEqualTo("*3/*3");
    assertThat(c.possiblyMissed()).doesNotContain("*2");
  }

  @Test
  void anAlleleCalledWithoutSomeOfItsPositionsIsPartial() {
    // only rs4244285 and rs3758581 in the file: *2/*2 on two of *2's four positions
    TestVcfBuilder vcf = TestVcfBuilder.of("CYP2C19").diplotype("*2", "*2");
    for (String rsid : new String[] {"rs12769205", "rs58973490"}) {
      vcf.absent(rsid);
    }
    GeneCall c = vcf.call(dir);
    assertThat(c.diplotypeText()).isEqualTo("*2/*2");
    assertThat(c.partiallyMatched()).containsExactly("*2");
    assertThat(c.possiblyMissed()).doesNotContain("*2");
    assertThat(c.dependsOnMissing()).isTrue();
  }

  @Test
  void noDataForAGeneIsNoCall() {
    TestVcfBuilder vcf = TestVcfBuilder.of("VKORC1").absent("rs9923231");
    GeneCall c = vcf.call(dir);
    assertThat(c.diplotypes()).isEmpty();
    assertThat(c.diplotypeText()).isEqualTo("no call");
    assertThat(c.notes()).anyMatch(n -> n.contains("no defining position"));
  }
}
