package org.medmine.warehouse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medmine.model.Table;

/**
 * Resolves, as a run's rows are appended, what {@link ReferenceResolver} would otherwise resolve
 * with {@code UPDATE}s after the run: conditional references ({@code
 * Practitioner?identifier=system|value}) to a provider, organization or location read earlier in
 * the run, and claim diagnoses given by reference to a Condition read earlier in the run. Updating
 * rows after they are appended costs DuckDB a scan, a rewrite and a larger commit; resolving before
 * the append costs a hash lookup. The ingest reads the administrative bundles first (Synthea's
 * hospital and practitioner files), so that nearly every reference resolves here.
 *
 * <p>What does not resolve here (its target comes later, or lies in the warehouse from an earlier
 * run) is left as written and noted in {@link #pendingColumns} and {@link #claimDiagnosesPending},
 * so that the run's {@code UPDATE}s still resolve it, and only for the columns that need them. An
 * identifier that two targets of the run carry is not resolved here (the {@code UPDATE} settles it
 * as it always did).
 */
final class AppendTimeResolver {
  /**
   * Conditions remembered for claim diagnoses; beyond this the {@code UPDATE} resolves the rest.
   */
  static final int CONDITION_LIMIT = 1_000_000;

  private static final String AMBIGUOUS = "\u0000ambiguous";
  private static final String NPI_PREFIX =
      "Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|";

  private final Map<Table, List<ReferenceResolver.Column>> columnsByTable =
      new EnumMap<>(Table.class);

  /**
   * The tables whose rows hold something to resolve or to learn (not observations, the most
   * numerous).
   */
  private final Set<Table> concerned =
      EnumSet.of(
          Table.CLAIM,
          Table.CLAIM_LINE,
          Table.PROVIDER,
          Table.ORGANIZATION,
          Table.LOCATION,
          Table.CONDITION);

  /**
   * A conditional reference as written ({@code Organization?identifier=system|value}) to the id of
   * its target.
   */
  private final Map<String, String> targets = new HashMap<>();

  private final Map<String, String[]> conditionCodes = new HashMap<>();
  private final Set<ReferenceResolver.Column> pending = new LinkedHashSet<>();
  private boolean claimDiagnosesPending;

  AppendTimeResolver() {
    for (ReferenceResolver.Column c : ReferenceResolver.COLUMNS) {
      columnsByTable
          .computeIfAbsent(
              Table.valueOf(c.table().toUpperCase(java.util.Locale.ROOT)), t -> new ArrayList<>())
          .add(c);
    }
    // A PractitionerRole's organization and location reach the provider row by an UPDATE after the
    // run,
    // before the conditional references are resolved: resolved here, they arrive resolved.
    columnsByTable.put(
        Table.PROVIDER_ROLE,
        List.of(
            new ReferenceResolver.Column(
                "provider_role", "organization_id", ReferenceResolver.ORGANIZATION),
            new ReferenceResolver.Column(
                "provider_role", "location_id", ReferenceResolver.LOCATION)));
    concerned.addAll(columnsByTable.keySet());
  }

  /** The column whose {@code UPDATE} resolves what {@code c} leaves unresolved. */
  private static ReferenceResolver.Column updatedAs(ReferenceResolver.Column c) {
    if (!"provider_role".equals(c.table())) {
      return c;
    }
    return ReferenceResolver.COLUMNS.stream()
        .filter(p -> "provider".equals(p.table()) && p.column().equals(c.column()))
        .findFirst()
        .orElseThrow();
  }

  /**
   * Resolves what it can in the rows of one record, then learns the targets and conditions they
   * hold.
   */
  void resolve(List<Row> rows) {
    if (!concerns(rows)) {
      return;
    }
    Row claim = null;
    List<Row> diagnoses = null;
    boolean diagnosesComplete = true;
    for (Row row : rows) {
      for (ReferenceResolver.Column c : columnsByTable.getOrDefault(row.table(), List.of())) {
        if (row.get(c.column()) instanceof String ref && ref.startsWith(c.target().prefix())) {
          String id = targets.get(ref);
          if (id != null && id != AMBIGUOUS) {
            row.set(c.column(), id);
          } else {
            pending.add(updatedAs(c));
          }
        }
      }
      if (row.table() == Table.CLAIM) {
        claim = row;
      } else if (row.table() == Table.CLAIM_LINE && "diagnosis".equals(row.get("line_kind"))) {
        diagnoses = diagnoses == null ? new ArrayList<>() : diagnoses;
        diagnoses.add(row);
        diagnosesComplete &= resolveDiagnosis(row);
      }
    }
    if (claim != null && diagnoses != null && claim.get("diagnosis_1_code") == null) {
      codeClaim(claim, diagnoses, diagnosesComplete);
    }
    for (Row row : rows) {
      learn(row);
    }
  }

  private boolean concerns(List<Row> rows) {
    for (Row row : rows) {
      if (concerned.contains(row.table())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Gives a diagnosis line the code of the Condition it names; false when that Condition is not
   * known yet.
   */
  private boolean resolveDiagnosis(Row line) {
    if (line.get("code") != null || !(line.get("diagnosis_ref") instanceof String ref)) {
      return true;
    }
    String[] code = conditionCodes.get(ref);
    if (code == null) {
      claimDiagnosesPending = true;
      return false;
    }
    put(line, "code_system", code[0]);
    put(line, "code", code[1]);
    put(line, "code_display", code[2]);
    return true;
  }

  /**
   * The claim's first four diagnosis codes by line sequence, as {@link ReferenceResolver} sets
   * them.
   */
  private void codeClaim(Row claim, List<Row> diagnoses, boolean complete) {
    Object claimId = claim.get("id");
    if (!complete || diagnoses.stream().anyMatch(d -> !claimId.equals(d.get("claim_id")))) {
      claimDiagnosesPending = true;
      return;
    }
    List<Row> bySequence = new ArrayList<>(diagnoses);
    bySequence.sort(Comparator.comparingInt(d -> d.get("sequence") instanceof Integer i ? i : 0));
    for (int k = 0; k < 4; k++) {
      put(
          claim,
          "diagnosis_" + (k + 1) + "_code",
          k < bySequence.size() ? (String) bySequence.get(k).get("code") : null);
    }
  }

  private void learn(Row row) {
    Object id = row.get("id");
    if (!(id instanceof String target)) {
      return;
    }
    switch (row.table()) {
      case PROVIDER -> {
        if (row.get("npi") != null) {
          remember(NPI_PREFIX + row.get("npi"), target);
        }
      }
      case ORGANIZATION -> rememberIdentifier("Organization?identifier=", row, target);
      case LOCATION -> rememberIdentifier("Location?identifier=", row, target);
      case CONDITION -> {
        if (conditionCodes.size() < CONDITION_LIMIT) {
          conditionCodes.put(
              target,
              new String[] {
                (String) row.get("code_system"),
                (String) row.get("code"),
                (String) row.get("code_display")
              });
        }
      }
      default -> {}
    }
  }

  private void rememberIdentifier(String prefix, Row row, String target) {
    Object system = row.get("identifier_system");
    Object value = row.get("identifier_value");
    if (system != null && value != null) {
      remember(prefix + system + "|" + value, target);
    }
  }

  private void remember(String reference, String target) {
    String before = targets.putIfAbsent(reference, target);
    if (before != null && !before.equals(target)) {
      targets.put(reference, AMBIGUOUS);
    }
  }

  private static void put(Row row, String column, String value) {
    if (value == null) {
      row.values().remove(column);
    } else {
      row.set(column, value);
    }
  }

  /** The columns that still hold a conditional reference this resolver could not resolve. */
  Set<ReferenceResolver.Column> pendingColumns() {
    return Set.copyOf(pending);
  }

  /** Whether a claim diagnosis named a Condition this resolver did not know. */
  boolean claimDiagnosesPending() {
    return claimDiagnosesPending;
  }
}
