package org.medmine.apps.cds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IngredientResolverTest {
  private final IngredientResolver resolver = IngredientResolver.shipped();

  @Test
  void syntheaClinicalDrugCodesResolveToTheirIngredients() {
    assertThat(resolver.resolve(IngredientResolver.RXNORM, "312961", null, null))
        .containsExactly("simvastatin");
    assertThat(resolver.resolve(IngredientResolver.RXNORM, "856987", null, null))
        .containsExactlyInAnyOrder("acetaminophen", "hydrocodone");
    assertThat(resolver.resolve(IngredientResolver.RXNORM, "866412", null, null))
        .containsExactly("metoprolol");
  }

  @Test
  void anUnknownCodeFallsBackToItsDisplayThenTheText() {
    assertThat(
            resolver.resolve(
                IngredientResolver.RXNORM, "999999999", "Clarithromycin 500 MG Oral Tablet", null))
        .containsExactly("clarithromycin");
    assertThat(resolver.resolve(null, null, null, "rifampicin 300mg caps")).isEmpty();
    assertThat(resolver.resolve(null, null, null, "Rifampin 300 MG Oral Capsule"))
        .containsExactly("rifampin");
  }

  @Test
  void multiWordNamesWinOverTheirParts() {
    assertThat(resolver.resolve(null, null, null, "Arsenic trioxide 1 MG/ML Injectable Solution"))
        .containsExactly("arsenic trioxide");
  }

  @Test
  void namesOfTheOncListsAreSpelledAsRxNormSpellsThem() {
    assertThat(IngredientResolver.rxnormName("Rifampicin")).isEqualTo("rifampin");
    assertThat(IngredientResolver.rxnormName("Pethidine")).isEqualTo("meperidine");
    assertThat(IngredientResolver.rxnormName("Omeprazole")).isEqualTo("omeprazole");
  }

  @Test
  void aCodeOfAnotherSystemIsNotLookedUpAsRxNorm() {
    assertThat(resolver.resolve("http://snomed.info/sct", "312961", null, null)).isEmpty();
  }
}
