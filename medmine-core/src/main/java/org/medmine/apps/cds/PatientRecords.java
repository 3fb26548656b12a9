package org.medmine.apps.cds;

import java.util.List;

/**
 * Where a hook reads the patient's active medications when the request did not prefetch them: the
 * EHR's FHIR server ({@link FhirServerRecords}) or the warehouse ({@link CdsHookApp}).
 */
@FunctionalInterface
public interface PatientRecords {
  /** No data: the patient has no known active medications. */
  PatientRecords NONE = patientId -> List.of();

  /** The active medication orders of {@code patientId}. */
  List<MedicationOrder> activeMedications(String patientId);
}
