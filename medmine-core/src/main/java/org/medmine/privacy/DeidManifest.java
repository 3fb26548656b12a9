package org.medmine.privacy;

import java.util.Map;

/**
 * What one de-identification did: the policy, rows written per table, each column's treatment, the
 * tables left out, and how many spans of each PHI type the scrubber replaced in free text.
 *
 * @param runId the run's id (a random UUID)
 * @param policy the policy applied
 * @param asOf the date ages were computed at for living patients (ISO); "90 or older" is born in
 *     its year - 90
 * @param rows rows written per table
 * @param columns per table, column name to treatment
 * @param tablesLeftOut tables of the source not copied, with why
 * @param phiReplaced spans replaced in free text, by type
 * @param agesCollapsed patients aged over 89 whose birth date became the "90 or older" category and
 *     all of whose other dates were removed
 * @param restrictedZips ZIP codes set to 000 (restricted 3-digit areas)
 */
public record DeidManifest(
    String runId,
    String policy,
    String asOf,
    Map<String, Long> rows,
    Map<String, Map<String, ColumnTreatment>> columns,
    Map<String, String> tablesLeftOut,
    Map<PhiType, Long> phiReplaced,
    long agesCollapsed,
    long restrictedZips) {}
