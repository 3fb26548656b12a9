package org.medmine.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Known valid and invalid codes of each system, with their check digits worked by hand in the
 * comments.
 */
class CodeValidatorsTest {

  @Test
  void loincCheckDigitIsMod10() {
    // 8867-4: from the right 7→14→5, 6, 8→16→7, 8: 5+6+7+8 = 26, (10 - 6) mod 10 = 4.
    assertThat(CodeValidators.loinc("8867-4")).isTrue();
    // 2345-7: 5→10→1, 4, 3→6, 2: 13 → 7.    29463-7: 3→6, 6, 4→8, 9, 2→4: 33 → 7.
    assertThat(CodeValidators.loinc("2345-7")).isTrue();
    assertThat(CodeValidators.loinc("29463-7")).isTrue();
    assertThat(CodeValidators.loinc("8867-5")).isFalse();
    assertThat(CodeValidators.loinc("2345-8")).isFalse();
    assertThat(CodeValidators.loinc("88674")).isFalse();
    assertThat(CodeValidators.loinc(null)).isFalse();
  }

  @Test
  void snomedIdentifierHasAVerhoeffCheckDigitAndAPartition() {
    // 44054006 (type 2 diabetes): Verhoeff over 6,0,0,4,5,0,4,4 from the right with the p-table
    // rows
    // 0..7 gives c = 0; any other last digit gives c != 0.
    assertThat(CodeValidators.snomedConcept("44054006")).isTrue();
    assertThat(CodeValidators.snomedConcept("38341003")).isTrue();
    assertThat(CodeValidators.snomedConcept("72892002")).isTrue();
    assertThat(CodeValidators.snomedConcept("44054007")).isFalse();
    assertThat(CodeValidators.snomedConcept("44054060"))
        .isFalse(); // transposition: Verhoeff catches it
    assertThat(CodeValidators.snomedConcept("04405400")).isFalse(); // leading zero
    // 12345013: Verhoeff-valid, partition 01 = a description id, not a concept id.
    assertThat(CodeValidators.snomedIdentifier("12345013")).isTrue();
    assertThat(CodeValidators.snomedConcept("12345013")).isFalse();
    // 12345992: Verhoeff-valid, but partition 99 does not exist.
    assertThat(CodeValidators.verhoeffValid("12345992")).isTrue();
    assertThat(CodeValidators.snomedIdentifier("12345992")).isFalse();
    assertThat(CodeValidators.verhoeffDigit("4405400")).isEqualTo(6);
  }

  @Test
  void npiIsLuhnOverThe80840Prefix() {
    // CMS's example 123456789 + check digit: Luhn over 80840123456789 (doubling 9,7,5,3,1,4,8 from
    // the
    // right) sums to 67, so the check digit is 3.
    assertThat(CodeValidators.npi("1234567893")).isTrue();
    assertThat(CodeValidators.npi("1234567890")).isFalse();
    assertThat(CodeValidators.npi("123456789")).isFalse();
    assertThat(CodeValidators.npi("12345678A3")).isFalse();
  }

  @Test
  void icd10cmCptHcpcsAndRxnormFormats() {
    assertThat(CodeValidators.icd10cm("E11.9")).isTrue();
    assertThat(CodeValidators.icd10cm("I10")).isTrue();
    assertThat(CodeValidators.icd10cm("Z3A.01")).isTrue();
    assertThat(CodeValidators.icd10cm("S72.001A")).isTrue();
    assertThat(CodeValidators.icd10cm("e11.9")).isFalse();
    assertThat(CodeValidators.icd10cm("11.9")).isFalse();
    assertThat(CodeValidators.icd10cm("E11.")).isFalse();
    assertThat(CodeValidators.cptOrHcpcs("99213")).isTrue();
    assertThat(CodeValidators.cptOrHcpcs("0001F")).isTrue();
    assertThat(CodeValidators.cptOrHcpcs("0042T")).isTrue();
    assertThat(CodeValidators.cptOrHcpcs("J3490")).isTrue();
    assertThat(CodeValidators.cptOrHcpcs("9921")).isFalse();
    assertThat(CodeValidators.cptOrHcpcs("992134")).isFalse();
    assertThat(CodeValidators.cptOrHcpcs("Z1234")).isFalse();
    assertThat(CodeValidators.rxnorm("313782")).isTrue();
    assertThat(CodeValidators.rxnorm("0313782")).isFalse();
    assertThat(CodeValidators.rxnorm("RX313782")).isFalse();
  }

  @Test
  void ucumUnitsParseAndConvert() {
    for (String ok :
        new String[] {"mg/dL", "mm[Hg]", "/min", "Cel", "[lb_av]", "10*3/uL", "kg/m2", "{score}"}) {
      assertThat(UcumUnits.valid(ok)).as(ok).isTrue();
    }
    for (String bad : new String[] {"mmHg", "kilograms", "mg/dLL", ""}) {
      assertThat(UcumUnits.valid(bad)).as(bad).isFalse();
    }
    assertThat(UcumUnits.conversion("[lb_av]", "kg").orElseThrow().apply(100))
        .isCloseTo(45.359237, within(1e-6));
    assertThat(UcumUnits.conversion("[degF]", "Cel").orElseThrow().apply(98.6))
        .isCloseTo(37.0, within(1e-6));
    assertThat(UcumUnits.conversion("mg/dL", "kg")).isEmpty();
    assertThat(UcumUnits.conversion("mL/min", "mL/min/{1.73_m2}"))
        .as("annotations differ")
        .isEmpty();
    assertThat(UcumUnits.conversion("{SG}", "{nominal}")).isEmpty();
    // Glucose: 5.5 mmol/L × 180.156 g/mol = 99.09 mg/dL.
    assertThat(UcumUnits.toCanonical("mmol/L", "mg/dL", 180.156).orElseThrow().apply(5.5))
        .isCloseTo(99.0858, within(1e-3));
  }
}
