package org.medmine.apps.prediction.learn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** ICD chapters and categories of codes looked up by hand in the ICD-9-CM and ICD-10-CM lists. */
class IcdRollupTest {
  @Test
  void icd9CodesRollUpToTheirChapterAndCategory() {
    assertThat(IcdRollup.chapter("250.83", true)).isEqualTo("ICD-9 ch.3"); // endocrine
    assertThat(IcdRollup.chapter("428", true)).isEqualTo("ICD-9 ch.7"); // circulatory
    assertThat(IcdRollup.chapter("038.9", true)).isEqualTo("ICD-9 ch.1"); // infectious
    assertThat(IcdRollup.chapter("996.81", true)).isEqualTo("ICD-9 ch.17"); // injury
    assertThat(IcdRollup.chapter("V57", true)).isEqualTo("ICD-9 V");
    assertThat(IcdRollup.category("250.83", true)).isEqualTo("250");
    assertThat(IcdRollup.category("E909.1", true)).isEqualTo("E909");
  }

  @Test
  void icd10CodesRollUpToTheirChapterAndCategory() {
    assertThat(IcdRollup.chapter("A41.9", false)).isEqualTo("ICD-10 ch.1");
    assertThat(IcdRollup.chapter("D50.0", false)).isEqualTo("ICD-10 ch.3"); // blood, not neoplasm
    assertThat(IcdRollup.chapter("E11.9", false)).isEqualTo("ICD-10 ch.4");
    assertThat(IcdRollup.chapter("I21.4", false)).isEqualTo("ICD-10 ch.9");
    assertThat(IcdRollup.chapter("H66.9", false)).isEqualTo("ICD-10 ch.8"); // ear
    assertThat(IcdRollup.chapter("S72.001A", false)).isEqualTo("ICD-10 ch.19");
    assertThat(IcdRollup.chapter("Z79.4", false)).isEqualTo("ICD-10 ch.21");
    assertThat(IcdRollup.chapter("U07.1", false)).isEqualTo("ICD-10 ch.22");
    assertThat(IcdRollup.category("E11.9", false)).isEqualTo("E11");
  }
}
