package org.medmine.ingest.synthea;

import java.util.Arrays;
import java.util.List;

/**
 * The files of Synthea's CSV export that medmine reads, in load order: who is referenced comes
 * first, and claims_transactions.csv comes before claims.csv because a claim's total is the sum of
 * its charges. Each names the FHIR resource type its lines correspond to (used in quarantine and
 * run counts), its id column (null when lines have none and get a derived id) and the columns a
 * line cannot do without.
 */
enum SyntheaCsvFile {
  PATIENTS("patients.csv", "Patient", "Id", "BIRTHDATE", "GENDER"),
  ORGANIZATIONS("organizations.csv", "Organization", "Id", "NAME"),
  PROVIDERS("providers.csv", "Practitioner", "Id", "NAME"),
  PAYERS("payers.csv", "Payer", "Id", "NAME"),
  ENCOUNTERS("encounters.csv", "Encounter", "Id", "PATIENT", "START", "ENCOUNTERCLASS", "CODE"),
  CONDITIONS("conditions.csv", "Condition", null, "PATIENT", "START", "CODE"),
  OBSERVATIONS("observations.csv", "Observation", null, "PATIENT", "DATE", "CODE", "VALUE", "TYPE"),
  MEDICATIONS("medications.csv", "MedicationRequest", null, "PATIENT", "START", "CODE"),
  PROCEDURES("procedures.csv", "Procedure", null, "PATIENT", "START", "CODE"),
  IMMUNIZATIONS("immunizations.csv", "Immunization", null, "PATIENT", "DATE", "CODE"),
  ALLERGIES("allergies.csv", "AllergyIntolerance", null, "PATIENT", "START", "CODE"),
  DEVICES("devices.csv", "Device", null, "PATIENT", "START", "CODE"),
  IMAGING_STUDIES("imaging_studies.csv", "ImagingStudy", "Id", "PATIENT", "DATE"),
  CAREPLANS("careplans.csv", "CarePlan", "Id", "PATIENT", "START", "CODE"),
  CLAIMS_TRANSACTIONS(
      "claims_transactions.csv", "ClaimTransaction", "ID", "CLAIMID", "PATIENTID", "TYPE"),
  CLAIMS("claims.csv", "Claim", "Id", "PATIENTID");

  private final String fileName;
  private final String resourceType;
  private final String idColumn;
  private final List<String> requiredColumns;

  SyntheaCsvFile(String fileName, String resourceType, String idColumn, String... requiredColumns) {
    this.fileName = fileName;
    this.resourceType = resourceType;
    this.idColumn = idColumn;
    this.requiredColumns =
        idColumn == null ? List.of(requiredColumns) : concat(idColumn, requiredColumns);
  }

  private static List<String> concat(String first, String[] rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return List.of(all);
  }

  String fileName() {
    return fileName;
  }

  String resourceType() {
    return resourceType;
  }

  String idColumn() {
    return idColumn;
  }

  List<String> requiredColumns() {
    return requiredColumns;
  }

  static List<SyntheaCsvFile> inLoadOrder() {
    return Arrays.asList(values());
  }

  /** The file kind of a file name, or null when medmine does not read that file. */
  static SyntheaCsvFile forName(String fileName) {
    for (SyntheaCsvFile f : values()) {
      if (f.fileName.equals(fileName)) {
        return f;
      }
    }
    return null;
  }
}
