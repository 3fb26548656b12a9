package org.medmine.ingest.hl7v2;

import java.time.LocalDateTime;
import java.util.List;
import org.medmine.ingest.hl7v2.PatientMapper.PatientUpdate;
import org.medmine.ingest.hl7v2.VisitMapper.Visit;
import org.medmine.warehouse.Row;

/**
 * A message read and mapped, ready to be applied to the warehouse in its turn.
 *
 * @param kind what the message does
 * @param event the trigger event (MSH-9.2), e.g. A02
 * @param eventTime when the event happened, in UTC: EVN-6 (event occurred), else EVN-2 (recorded),
 *     else MSH-7
 * @param subjects the patients (and visits) it is about: one, or two for A17
 * @param priorPatientId for A40, the patient merged into the subject (MRG-1)
 * @param rows the observations (ORU) or immunizations (VXU) it brings
 */
record MappedMessage(
    MessageKind kind,
    String event,
    LocalDateTime eventTime,
    List<Subject> subjects,
    String priorPatientId,
    List<Row> rows) {

  /** A patient and, when the message has a PV1, the visit. */
  record Subject(PatientUpdate patient, Visit visit) {
    String encounterId() {
      return visit == null ? null : visit.encounterId();
    }
  }

  Subject subject() {
    return subjects.get(0);
  }
}
