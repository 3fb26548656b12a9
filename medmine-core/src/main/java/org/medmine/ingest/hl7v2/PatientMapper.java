package org.medmine.ingest.hl7v2;

import ca.uhn.hl7v2.ErrorCode;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.medmine.model.OmbCategories;

/**
 * PID to the {@code patient} row, following the V2-to-FHIR IG's PID[Patient] map: PID-3 identifiers
 * (the one of type MR is the patient's id and MRN; SS, DL and PPN fill ssn, drivers_license and
 * passport), PID-5 name (legal name, else the first; a maiden name of type M), PID-7 birth date,
 * PID-8 sex (AdministrativeSex concept map), PID-10 race and PID-22 ethnicity (OMB categories),
 * PID-11 address, PID-13 phone and e-mail, PID-15 language, PID-16 marital status, PID-19 SSN,
 * PID-20 driver's licence, PID-23 birth place, PID-24/25 multiple birth, PID-29/30 death.
 */
final class PatientMapper {
  /** HL7 table 0001 (administrative sex) to FHIR R4 AdministrativeGender (the IG's concept map). */
  private static final Map<String, String> SEX =
      Map.of(
          "F", "female", "M", "male", "O", "other", "U", "unknown", "A", "other", "N", "unknown",
          "X", "other");

  /** HL7 table 0189 (ethnic group) codes some senders use instead of the OMB ones. */
  private static final Map<String, String> ETHNIC_GROUP = Map.of("H", "2135-2", "N", "2186-5");

  /** The patient a PID names, and what it says about them. */
  record PatientUpdate(String id, FieldChanges changes) {}

  private PatientMapper() {}

  static PatientUpdate map(SegmentFields pid, ZoneId zone) {
    FieldChanges c = new FieldChanges();
    String id = identifiers(pid, c);
    name(pid, c);
    c.set("birth_date", V2Values.date(pid.get(7), "PID", 7))
        .text("birth_date", nullOnly(pid.get(7)));
    String sex = pid.get(8);
    c.text(
        "sex",
        V2Values.blank(sex)
            ? nullOnly(sex)
            : SEX.getOrDefault(sex.toUpperCase(Locale.ROOT), "unknown"));
    omb(pid, 10, "race", c);
    omb(pid, 22, "ethnicity", c);
    address(pid, c);
    telecom(pid, c);
    c.text("language", pid.get(15)).text("marital_status", pid.get(16));
    c.text("ssn", pid.get(19)).text("drivers_license", pid.get(20));
    c.text("birth_place", pid.get(23));
    String multiple = pid.get(24);
    if (!V2Values.blank(multiple)) {
      c.set("multiple_birth", multiple.equalsIgnoreCase("Y"));
    }
    Double order = V2Values.number(pid.get(25));
    if (order != null) {
      c.set("birth_order", order.intValue()).set("multiple_birth", true);
    }
    c.set("death_time", V2Values.time(pid.get(29), zone, "PID", 29))
        .text("death_time", nullOnly(pid.get(29)));
    return new PatientUpdate(id, c);
  }

  /** Only HL7's explicit null, for the columns whose values are not text. */
  private static String nullOnly(String v) {
    return V2Values.EXPLICIT_NULL.equals(v) ? v : null;
  }

  /** PID-3: the MR identifier is the patient's id (else the first); returns it. */
  private static String identifiers(SegmentFields pid, FieldChanges c) {
    String first = null;
    String mrn = null;
    for (int r = 0; r < pid.repetitions(3); r++) {
      String value = pid.get(3, r, 1);
      String type = pid.get(3, r, 5);
      if (V2Values.blank(value)) {
        continue;
      }
      first = first == null ? value : first;
      switch (type == null ? "" : type.toUpperCase(Locale.ROOT)) {
        case "MR" -> mrn = mrn == null ? value : mrn;
        case "SS" -> c.set("ssn", value);
        case "DL" -> c.set("drivers_license", value);
        case "PPN" -> c.set("passport", value);
        default -> {}
      }
    }
    String id = mrn != null ? mrn : first;
    if (id == null) {
      throw Rejection.error(
              ErrorCode.REQUIRED_FIELD_MISSING,
              "PID",
              3,
              "PID-3 (patient identifier list) is empty: medmine keys the patient by it")
          .thrown();
    }
    c.set("mrn", id);
    return id.strip();
  }

  private static void name(SegmentFields pid, FieldChanges c) {
    int chosen = -1;
    for (int r = 0; r < pid.repetitions(5); r++) {
      String type = pid.get(5, r, 7);
      if ("M".equals(type)) {
        c.text("maiden_name", pid.get(5, r, 1));
      } else if (chosen < 0 || ("L".equals(type) && !"L".equals(pid.get(5, chosen, 7)))) {
        chosen = r;
      }
    }
    if (chosen < 0) {
      return;
    }
    c.text("family_name", pid.get(5, chosen, 1, 1));
    String given = pid.get(5, chosen, 2);
    String middle = pid.get(5, chosen, 3);
    c.text(
        "given_name",
        V2Values.blank(middle) || V2Values.blank(given) ? given : given + " " + middle);
    c.text("suffix", pid.get(5, chosen, 4)).text("prefix", pid.get(5, chosen, 5));
  }

  private static void omb(SegmentFields pid, int field, String column, FieldChanges c) {
    String code = pid.get(field, 1);
    if (V2Values.blank(code)) {
      c.text(column, code).text(column + "_code", code);
      return;
    }
    String omb = ETHNIC_GROUP.getOrDefault(code, code);
    c.set(column + "_code", omb).set(column, OmbCategories.name(omb));
  }

  private static void address(SegmentFields pid, FieldChanges c) {
    int r = 0;
    for (int i = 0; i < pid.repetitions(11); i++) {
      if ("H".equals(pid.get(11, i, 7))) {
        r = i;
        break;
      }
    }
    String line = pid.get(11, r, 1, 1);
    String other = pid.get(11, r, 2);
    c.text(
        "address_line", V2Values.blank(other) || V2Values.blank(line) ? line : line + ", " + other);
    c.text("city", pid.get(11, r, 3))
        .text("state", pid.get(11, r, 4))
        .text("postal_code", pid.get(11, r, 5))
        .text("country", pid.get(11, r, 6))
        .text("county", pid.get(11, r, 9));
  }

  /**
   * PID-13: the first number (XTN-1, else area code and local number, else XTN-12); an e-mail
   * (XTN-4).
   */
  private static void telecom(SegmentFields pid, FieldChanges c) {
    boolean phone = false;
    for (int r = 0; r < pid.repetitions(13); r++) {
      String email = pid.get(13, r, 4);
      if (!V2Values.blank(email)
          || "NET".equals(pid.get(13, r, 2))
          || "Internet".equals(pid.get(13, r, 3))) {
        c.text("email", email);
        continue;
      }
      if (phone) {
        continue;
      }
      String formatted = pid.get(13, r, 1);
      String area = pid.get(13, r, 6);
      String local = pid.get(13, r, 7);
      String number =
          !V2Values.blank(formatted)
              ? formatted
              : !V2Values.blank(local)
                  ? (V2Values.blank(area) ? "" : "(" + area + ")") + local
                  : pid.get(13, r, 12);
      c.text("phone", number);
      phone = number != null;
    }
  }
}
