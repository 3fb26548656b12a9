package org.medmine.model;

import java.util.List;

/**
 * The warehouse tables of shared/DESIGN.md, in load order (referenced tables before referencing
 * ones).
 */
public enum Table {
  PATIENT(false),
  ORGANIZATION(false),
  LOCATION(false),
  PROVIDER(false),
  PAYER(false),
  ENCOUNTER(true),
  /**
   * Each stay of an encounter at a location, with its period (FHIR R4 Encounter.location; HL7 v2
   * ADT).
   */
  ENCOUNTER_LOCATION(true),
  CONDITION(true),
  OBSERVATION(true),
  MEDICATION(true),
  PROCEDURE(true),
  IMMUNIZATION(true),
  ALLERGY(true),
  DEVICE(true),
  IMAGING_STUDY(true),
  CARE_PLAN(true),
  NOTE(true),
  CLAIM(true),
  CLAIM_LINE(true),
  /** FHIR R4 Consent: a patient's permit or deny, read by the access layer. */
  CONSENT(true),
  /** FHIR R4 Appointment, with its status (booked, fulfilled, noshow, cancelled, ...). */
  APPOINTMENT(true),
  /**
   * Readings of wearables and home devices (FHIR device Observations, Apple Health, Fitbit): metric
   * as LOINC, value in UCUM.
   */
  DEVICE_READING(true),
  /**
   * Panel membership read from DiagnosticReport.result: staged during a run and applied to {@code
   * observation.panel_id}; never a table of its own.
   */
  OBSERVATION_PANEL(false, false),
  /**
   * Role of a practitioner read from PractitionerRole (organization, location, specialty): staged
   * during a run and applied to the {@code provider} row it names; never a table of its own.
   */
  PROVIDER_ROLE(false, false);

  private final boolean patientScoped;
  private final boolean persistent;

  Table(boolean patientScoped) {
    this(patientScoped, true);
  }

  Table(boolean patientScoped, boolean persistent) {
    this.patientScoped = patientScoped;
    this.persistent = persistent;
  }

  /** Whether the warehouse has a table of this name (false for run-scoped staging data). */
  public boolean persistent() {
    return persistent;
  }

  /** The SQL name of the table. */
  public String sqlName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Whether every row belongs to a patient (has a non-null {@code patient_id}). */
  public boolean patientScoped() {
    return patientScoped;
  }

  /** The clinical tables, in load order. */
  public static List<Table> clinical() {
    return java.util.Arrays.stream(values()).filter(Table::persistent).toList();
  }

  /** The bookkeeping tables that sit beside the clinical ones. */
  public static List<String> bookkeeping() {
    return List.of("ingest_run", "quarantine");
  }
}
