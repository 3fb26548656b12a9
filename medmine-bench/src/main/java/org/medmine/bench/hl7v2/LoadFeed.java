package org.medmine.bench.hl7v2;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The load bench's hospital day, the same in the sender and in the checker: each patient arrives in
 * the emergency department (A04), is admitted to a ward bed (A01 with a new location: the ED stay
 * ends), has a lab result (ORU^R01 with two OBX), is transferred to another ward (A02), and every
 * third patient is discharged (A03). A patient's messages go in order on one connection (patient
 * {@code i} on connection {@code i % connections}); a connection interleaves its patients, as a
 * live feed does.
 */
final class LoadFeed {
  static final int MESSAGES_PER_PATIENT_MAX = 5;

  private LoadFeed() {}

  /** The messages connection {@code c} of {@code connections} sends, in order. */
  static List<String> messages(int patients, int c, int connections) {
    List<Integer> mine = new ArrayList<>();
    for (int i = c; i < patients; i += connections) {
      mine.add(i);
    }
    List<String> out = new ArrayList<>();
    for (int stage = 0; stage < MESSAGES_PER_PATIENT_MAX; stage++) {
      for (int i : mine) {
        String m = message(i, stage);
        if (m != null) {
          out.add(m);
        }
      }
    }
    return out;
  }

  /** How many messages the whole feed has. */
  static int total(int patients) {
    int n = 0;
    for (int i = 0; i < patients; i++) {
      for (int stage = 0; stage < MESSAGES_PER_PATIENT_MAX; stage++) {
        n += message(i, stage) == null ? 0 : 1;
      }
    }
    return n;
  }

  /** Where each patient still in hospital is at the end: patient id to location id. */
  static Map<String, String> census(int patients) {
    Map<String, String> in = new LinkedHashMap<>();
    for (int i = 0; i < patients; i++) {
      if (i % 3 != 0) {
        in.put("P" + i, secondWard(i));
      }
    }
    return in;
  }

  private static String firstWard(int i) {
    return "4E^" + (400 + i % 30) + "^" + (char) ('A' + (i / 30) % 4) + "^GHH";
  }

  private static String secondWard(int i) {
    return "5W^" + (500 + i % 30) + "^" + (char) ('A' + (i / 30) % 4) + "^GHH";
  }

  private static String message(int i, int stage) {
    String pid =
        "PID|1||P"
            + i
            + "^^^GHH^MR||DOE^PATIENT"
            + i
            + "^Q||19"
            + (40 + i % 60)
            + "0315|"
            + (i % 2 == 0 ? "F" : "M")
            + "||2106-3^White^CDCREC|"
            + (i % 900 + 100)
            + " MAIN ST^^GREENSBORO^NC^27401||(555)555-"
            + (1000 + i % 9000);
    String visit = "V" + i;
    return switch (stage) {
      case 0 ->
          adt("A04", "R" + i, pid, "E", "ED^" + (1 + i % 20) + "^^GHH", visit, "202401021000");
      case 1 -> adt("A01", "A" + i, pid, "I", firstWard(i), visit, "202401021300");
      case 2 ->
          msh("ORU^R01^ORU_R01", "L" + i)
              + pid
              + "\rPV1|1|I|"
              + firstWard(i)
              + "||||||||||||||||"
              + visit
              + "\rOBR|1|"
              + i
              + "^EHR|F"
              + i
              + "^LAB|24331-1^Lipid panel^LN|||202401021400\r"
              + "OBX|1|NM|2093-3^Cholesterol^LN||"
              + (150 + i % 90)
              + "|mg/dL^^UCUM|<200|N|||F\r"
              + "OBX|2|NM|2571-8^Triglyceride^LN||"
              + (80 + i % 120)
              + "|mg/dL^^UCUM|35-160|N|||F\r";
      case 3 -> adt("A02", "T" + i, pid, "I", secondWard(i), visit, "202401031000");
      case 4 ->
          i % 3 == 0 ? adt("A03", "D" + i, pid, "I", secondWard(i), visit, "202401041000") : null;
      default -> null;
    };
  }

  private static String msh(String type, String control) {
    return "MSH|^~\\&|ADT1|GHH|MEDMINE|GHH|20240102100000||" + type + "|" + control + "|P|2.5.1\r";
  }

  private static String adt(
      String event,
      String control,
      String pid,
      String patientClass,
      String location,
      String visit,
      String at) {
    return msh("ADT^" + event, control)
        + "EVN|"
        + event
        + "|"
        + at
        + "||||"
        + at
        + "\r"
        + pid
        + "\rPV1|1|"
        + patientClass
        + "|"
        + location
        + "||||004777^ATTEND^AARON|||MED|||||||||"
        + visit
        + "|||||||||||||||||||||||||"
        + at
        + "\r";
  }
}
