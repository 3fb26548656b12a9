package org.medmine.ingest.hl7v2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.medmine.ingest.IngestResult;

/**
 * Messages of each type, in each version medmine reads, map to the rows the V2-to-FHIR IG's maps
 * give: PID to the patient, PV1 to the encounter, ORU^R01's OBX to observations (units, reference
 * range, interpretation, status), VXU^V04's RXA to immunizations.
 */
class MessageMappingTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "HL7 v{0}")
  @ValueSource(
      strings = {
        "2.3", "2.3.1", "2.4", "2.5", "2.5.1", "2.6", "2.7", "2.7.1", "2.8", "2.8.1", "2.8.2"
      })
  void eachVersionMapsToTheSameRows(String version) {
    Hl7v2Warehouse w = new Hl7v2Warehouse(dir);
    IngestResult r =
        w.ingest(
            Hl7MessageBuilder.adt("A01")
                .version(version)
                .control("A1")
                .eventAt("20240102100000-0500")
                .patient("P1")
                .name("GARCÍA", "JOSÉ")
                .pid(5, "GARCÍA^JOSÉ^L^JR^DR^^L~SMITH^JOSÉ^^^^^M")
                .born("19610615")
                .sex("M")
                .pid(10, "2106-3^White^CDCREC")
                .pid(11, "123 MAIN ST^APT 4^GREENSBORO^NC^27401^USA^H^^GUILFORD")
                .pid(13, "^PRN^PH^^^555^5552004~^NET^Internet^jose@example.org")
                .pid(16, "M^Married^HL70002")
                .pid(19, "123-45-6789")
                .pid(22, "2186-5^Not Hispanic^CDCREC")
                .pid(24, "Y")
                .pid(25, "2")
                .visit("V1", "E", "ED", "12", null)
                .pv1(4, "E")
                .pv1(44, "20240102095500-0500")
                .text(),
            Hl7MessageBuilder.oru()
                .version(version)
                .control("R1")
                .patient("P1")
                .visit("V1", "E", "ED", "12", null)
                .order("F77", "24331-1", "Lipid panel")
                .result("NM", "2093-3", "Cholesterol", "196", "mg/dL", "<200", "N", "F")
                .result("NM", "2571-8", "Triglyceride", "212", "mg/dL", "35-160", "H", "P")
                .result(
                    "CWE",
                    "882-1",
                    "ABO+Rh group",
                    "278149003^Blood group A Rh(D) positive^SCT",
                    null,
                    null,
                    null,
                    "F")
                .result("ST", "8251-1", "Service comment", "fasting 12 h", null, null, null, "C")
                .result("SN", "14957-5", "Microalbumin", "<^30", "mg/L", null, null, "F")
                .result("NM", "8867-4", "Heart rate", "72", "/min", "60-100", null, "F")
                .text(),
            Hl7MessageBuilder.vxu()
                .version(version)
                .control("X1")
                .patient("P1")
                .vaccine("IZ-1", "08", "Hep B, adolescent or pediatric", "20240101", "LOT123")
                .text());
    assertThat(r.stored()).as("read %d, quarantined %d", r.read(), r.quarantined()).isEqualTo(3);
    assertThat(
            w.row(
                "SELECT * EXCLUDE (source, healthcare_expenses, healthcare_coverage, income, latitude, longitude,"
                    + " passport, drivers_license, death_time, prefix, birth_place, language, country, ethnicity, race) FROM patient"))
        .containsEntry("id", "P1")
        .containsEntry("mrn", "P1")
        .containsEntry("family_name", "GARCÍA")
        .containsEntry("given_name", "JOSÉ L")
        .containsEntry("suffix", "JR")
        .containsEntry("maiden_name", "SMITH")
        .containsEntry("birth_date", "1961-06-15")
        .containsEntry("sex", "male")
        .containsEntry("race_code", "2106-3")
        .containsEntry("ethnicity_code", "2186-5")
        .containsEntry("address_line", "123 MAIN ST, APT 4")
        .containsEntry("city", "GREENSBORO")
        .containsEntry("state", "NC")
        .containsEntry("postal_code", "27401")
        .containsEntry("county", "GUILFORD")
        .containsEntry("phone", "(555)5552004")
        .containsEntry("email", "jose@example.org")
        .containsEntry("marital_status", "M")
        .containsEntry("ssn", "123-45-6789")
        .containsEntry("multiple_birth", true)
        .containsEntry("birth_order", 2);
    assertThat(w.row("SELECT race, ethnicity, prefix FROM patient"))
        .containsEntry("race", "white")
        .containsEntry("ethnicity", "nonhispanic")
        .containsEntry("prefix", "DR");
    assertThat(
            w.row("SELECT class_code, class, status, code, start_time, location_id FROM encounter"))
        .containsEntry("class_code", "EMER")
        .containsEntry("class", "emergency")
        .containsEntry("status", "in-progress")
        .containsEntry("code", "E")
        .containsEntry("start_time", "2024-01-02T14:55")
        .containsEntry("location_id", "ED^12^^GHH");
    var obs =
        w.rows(
            "SELECT id, code, category, status, value_type, value_number, value_unit, value_text, value_code,"
                + " value_system, reference_range_low, reference_range_high, reference_range_text, interpretation_code,"
                + " panel_id, panel_code, encounter_id FROM observation ORDER BY id");
    assertThat(obs)
        .extracting(o -> o.get("id"))
        .containsExactly(
            "F77-14957-5", "F77-2093-3", "F77-2571-8", "F77-8251-1", "F77-882-1", "F77-8867-4");
    assertThat(obs.get(1))
        .containsEntry("value_number", 196.0)
        .containsEntry("value_unit", "mg/dL")
        .containsEntry("reference_range_high", 200.0)
        .containsEntry("reference_range_low", null)
        .containsEntry("interpretation_code", "N")
        .containsEntry("status", "final")
        .containsEntry("category", "laboratory")
        .containsEntry("panel_id", "F77")
        .containsEntry("panel_code", "24331-1")
        .containsEntry("encounter_id", "V1");
    assertThat(obs.get(2))
        .containsEntry("reference_range_low", 35.0)
        .containsEntry("reference_range_high", 160.0)
        .containsEntry("interpretation_code", "H")
        .containsEntry("status", "preliminary");
    assertThat(obs.get(4))
        .containsEntry("value_type", "codeable")
        .containsEntry("value_code", "278149003")
        .containsEntry("value_system", "http://snomed.info/sct");
    assertThat(obs.get(3))
        .containsEntry("value_type", "string")
        .containsEntry("value_text", "fasting 12 h")
        .containsEntry("status", "corrected");
    assertThat(obs.get(0))
        .containsEntry("value_type", "quantity")
        .containsEntry("value_number", 30.0)
        .containsEntry("value_text", "<30");
    assertThat(obs.get(5)).containsEntry("category", "vital-signs");
    assertThat(
            w.row(
                "SELECT id, patient_id, status, code_system, code, code_display, occurrence_time, lot_number,"
                    + " primary_source FROM immunization"))
        .containsEntry("id", "IZ-1")
        .containsEntry("patient_id", "P1")
        .containsEntry("status", "completed")
        .containsEntry("code_system", "http://hl7.org/fhir/sid/cvx")
        .containsEntry("code", "08")
        .containsEntry("occurrence_time", "2024-01-01T00:00")
        .containsEntry("lot_number", "LOT123")
        .containsEntry("primary_source", true);
  }
}
