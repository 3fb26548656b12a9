package org.medmine.apps.cds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InteractionKnowledgeBaseTest {
  private final InteractionKnowledgeBase kb = InteractionKnowledgeBase.shipped();

  /** Pairs medmine lists as non-interacting: common co-prescriptions on neither ONC list. */
  static final List<String[]> NON_INTERACTING =
      List.of(
          new String[] {"amoxicillin", "acetaminophen"},
          new String[] {"lisinopril", "metformin"},
          new String[] {"atorvastatin", "amlodipine"},
          new String[] {"albuterol", "fluticasone propionate"},
          new String[] {"cephalexin", "ibuprofen"},
          new String[] {"cetirizine", "amoxicillin"},
          new String[] {"pravastatin", "clarithromycin"},
          new String[] {"sertraline", "amoxicillin"});

  @Test
  void everyPairOfTheHighPriorityListHasAHighPriorityRule() {
    List<String> missing = new ArrayList<>();
    List<String[]> pairs = KnowledgeBaseFiles.oncPairs("onc-high-priority.dsv");
    for (String[] p : pairs) {
      String a = IngredientResolver.rxnormName(p[0]);
      String b = IngredientResolver.rxnormName(p[2]);
      var rule = kb.rule(a, b);
      if (rule.isEmpty() || !rule.get().highPriority() || rule.get().severity() != Severity.HIGH) {
        missing.add(a + "+" + b);
      }
    }
    assertThat(pairs).hasSize(1930);
    assertThat(missing).isEmpty();
  }

  @Test
  void theRuleIsTheSameWhicheverDrugComesFirst() {
    assertThat(kb.rule("clarithromycin", "simvastatin"))
        .isEqualTo(kb.rule("simvastatin", "clarithromycin"));
    assertThat(kb.rule("simvastatin", "clarithromycin").orElseThrow().id())
        .isEqualTo("statin-cyp3a4-inhibitor");
  }

  @Test
  void everyPairOfTheNonInterruptiveListHasARule() {
    List<String> missing = new ArrayList<>();
    for (String[] p : KnowledgeBaseFiles.oncPairs("onc-non-interruptive.dsv")) {
      String a = IngredientResolver.rxnormName(p[0]);
      String b = IngredientResolver.rxnormName(p[2]);
      if (!a.equals(b) && kb.rule(a, b).isEmpty()) {
        missing.add(a + "+" + b);
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void pairsListedAsNonInteractingHaveNoRule() {
    for (String[] p : NON_INTERACTING) {
      assertThat(kb.rule(p[0], p[1])).as("%s + %s", p[0], p[1]).isEmpty();
    }
  }

  @Test
  void everyRuleNamesItsSeverityMechanismManagementAndSource() {
    for (String[] p : KnowledgeBaseFiles.oncPairs("onc-high-priority.dsv")) {
      InteractionRule r =
          kb.rule(IngredientResolver.rxnormName(p[0]), IngredientResolver.rxnormName(p[2]))
              .orElseThrow();
      assertThat(r.mechanism()).hasSizeGreaterThan(40);
      assertThat(r.management()).hasSizeGreaterThan(30);
      assertThat(r.source()).contains("ONC high-priority");
    }
  }

  @Test
  void aDrugDoesNotInteractWithItself() {
    assertThat(kb.rule("methadone", "methadone")).isEmpty();
  }
}
