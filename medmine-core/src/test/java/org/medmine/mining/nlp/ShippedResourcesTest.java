package org.medmine.mining.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shipped lexicon and trigger lists are well-formed and say where they come from. */
class ShippedResourcesTest {
  @Test
  void everyLexiconEntryHasAUniqueIdASourceAndALicence() {
    Set<String> ids = new HashSet<>();
    for (LexiconEntry e : Lexicon.standard().entries()) {
      assertThat(ids.add(e.id())).as("duplicate id %s", e.id()).isTrue();
      assertThat(e.source()).as(e.id()).isNotBlank();
      assertThat(e.licence()).as(e.id()).isEqualTo("CC0-1.0");
      assertThat(e.terms()).as(e.id()).contains(e.preferred());
      e.codes().forEach(c -> assertThat(c.source()).as(e.id()).isIn("synthea", "author"));
    }
    assertThat(ids).hasSizeGreaterThan(150);
  }

  @Test
  void everyMarkerHasConcepts() {
    for (MentalHealthMarker m : MentalHealthMarker.values()) {
      if (m != MentalHealthMarker.NONE) {
        assertThat(Lexicon.standard().entries()).as(m.name()).anyMatch(e -> e.marker() == m);
      }
    }
  }

  @Test
  void theTriggerListLoadsEveryCategory() {
    TriggerSet t = TriggerSet.standard();
    assertThat(t.size()).isGreaterThan(500);
    for (TriggerCategory c : TriggerCategory.values()) {
      assertThat(ClinicalTokenizer.readLines("context-triggers.tsv"))
          .as(c.name())
          .anyMatch(l -> l.startsWith(c.name().toLowerCase(java.util.Locale.ROOT) + "\t"));
    }
  }
}
