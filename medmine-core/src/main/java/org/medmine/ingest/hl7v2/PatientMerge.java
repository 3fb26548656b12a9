package org.medmine.ingest.hl7v2;

import ca.uhn.hl7v2.ErrorCode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.medmine.ingest.hl7v2.MappedMessage.Subject;
import org.medmine.model.Table;
import org.medmine.warehouse.KeyedRows;
import org.medmine.warehouse.WarehouseException;

/**
 * A40 merge patient (HL7 v2.5 §3.3.40): the patient MRG-1 names is merged into the one PID-3 names.
 * Every row of the merged patient, in every table that has a patient (encounters, their stays,
 * observations, immunizations, claims, consents, ...), is re-pointed to the surviving patient; the
 * surviving patient's row keeps its own values, takes the merged one's where it has none, then the
 * A40's PID; the merged patient's row is removed. The message itself stays in {@code
 * hl7v2_message}, so the merge can be traced.
 */
final class PatientMerge {
  private PatientMerge() {}

  /** Applies the merge inside the caller's transaction. */
  static void apply(Connection connection, KeyedRows rows, String source, MappedMessage m) {
    Subject survivor = m.subject();
    String into = survivor.patient().id();
    String merged = m.priorPatientId();
    if (into.equals(merged)) {
      throw Rejection.error(
              ErrorCode.DUPLICATE_KEY_IDENTIFIER,
              "MRG",
              1,
              "MRG-1 names the surviving patient " + into + " itself: nothing to merge")
          .thrown();
    }
    List<Map<String, Object>> found = rows.select("patient", source, "id", List.of(into, merged));
    Map<String, Object> old =
        found.stream().filter(r -> merged.equals(r.get("id"))).findFirst().orElse(null);
    if (old == null) {
      throw Rejection.error(
              ErrorCode.UNKNOWN_KEY_IDENTIFIER,
              "MRG",
              1,
              "MRG-1 names patient "
                  + merged
                  + ", whom medmine does not hold in source '"
                  + source
                  + "'")
          .thrown();
    }
    Map<String, Object> row = new LinkedHashMap<>(old);
    found.stream().filter(r -> into.equals(r.get("id"))).findFirst().ifPresent(row::putAll);
    row.remove("source");
    row.put("id", into);
    survivor.patient().changes().applyTo(row);
    try {
      for (Table t : Table.clinical()) {
        if (t.patientScoped()) {
          try (PreparedStatement p =
              connection.prepareStatement(
                  "UPDATE "
                      + t.sqlName()
                      + " SET patient_id = ? WHERE source = ? AND patient_id = ?")) {
            p.setString(1, into);
            p.setString(2, source);
            p.setString(3, merged);
            p.executeUpdate();
          }
        }
      }
    } catch (SQLException e) {
      throw new WarehouseException("could not re-point the rows of patient " + merged, e);
    }
    rows.delete("patient", source, "id", List.of(into, merged));
    rows.insert("patient", source, List.of(row));
  }
}
