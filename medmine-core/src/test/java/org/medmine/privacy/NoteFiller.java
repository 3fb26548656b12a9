package org.medmine.privacy;

import java.util.List;
import java.util.Locale;

/**
 * Fills one {@code {KEY}} of a corpus sentence: PHI keys give pieces with a type and a kind (their
 * gold span), clinical keys give realistic numbers that are not PHI (blood pressures {@code
 * 63-70/27}, gases {@code 7.43/41}, scores {@code 8/10}, doses, ranges, ratios) and the eponyms and
 * drugs a scrubber must leave alone.
 */
final class NoteFiller {
  /** A piece of filled text; {@code kind} is null for text that is not PHI. */
  record Piece(String text, PhiType type, String kind) {
    static Piece plain(String text) {
      return new Piece(text, null, null);
    }
  }

  private static final List<String> DRUGS =
      List.of(
          "Lasix",
          "metoprolol",
          "Coumadin",
          "heparin",
          "Zosyn",
          "vancomycin",
          "Levophed",
          "propofol",
          "insulin",
          "Protonix",
          "Dilaudid",
          "morphine",
          "Ativan",
          "Haldol",
          "Keppra",
          "Lovenox",
          "Tylenol",
          "Flagyl",
          "amiodarone",
          "lisinopril",
          "Seroquel",
          "Zofran");
  private static final List<String> EPONYMS =
      List.of(
          "Foley draining clear yellow urine",
          "Murphy's sign negative",
          "h/o Parkinson's disease",
          "Swan-Ganz catheter in place, CVP 8-12",
          "Homans sign negative",
          "hx Graves disease",
          "Cheyne-Stokes respirations noted",
          "Foley d/c'd, voiding",
          "Hx of Crohn's disease",
          "Babinski downgoing",
          "Trendelenburg position for line placement",
          "Bell's palsy on the left",
          "Dobhoff tube advanced",
          "JP drain with 30 cc serosanguinous",
          "Hickman line flushed");
  private static final List<String> PROBLEMS =
      List.of(
          "CHF exacerbation",
          "COPD flare",
          "Alzheimer's dementia",
          "Hodgkin lymphoma",
          "sepsis from a UTI",
          "NSTEMI",
          "DKA",
          "a GI bleed",
          "Guillain-Barre syndrome",
          "Cushing's syndrome",
          "pneumonia",
          "a hip fracture");
  private static final List<String> FINDINGS =
      List.of(
          "3 mm nodule in the RUL, stable",
          "no acute process",
          "small bilateral effusions, L > R",
          "cardiomegaly, CT ratio 0.6",
          "4.2 x 3.1 cm mass in segment 7",
          "T11-T12 compression deformity, 30% height loss",
          "C5-6 disc space narrowing");
  private static final List<String> RELATIONS =
      List.of(
          "wife",
          "husband",
          "son",
          "daughter",
          "sister",
          "brother",
          "niece",
          "friend",
          "neighbor",
          "grandson");

  private final PhiForms f;
  private final NotePools pools;
  private final NotePeople p;

  NoteFiller(PhiForms f, NotePools pools, NotePeople p) {
    this.f = f;
    this.pools = pools;
    this.p = p;
  }

  List<Piece> fill(String key) {
    return switch (key) {
      case "PTFULL" -> List.of(name(patientForm(), "patient"));
      case "PTTITLE" ->
          f.chance(0.5)
              ? List.of(Piece.plain(p.female() ? "Ms. " : "Mr. "), name(p.last(), "patient"))
              : List.of(name(p.first() + " " + p.last(), "patient"));
      case "PTLAST" -> List.of(name(p.last(), "patient"));
      case "HOSPUPPER" ->
          List.of(
              phi(p.hospital().toUpperCase(Locale.ROOT), PhiType.LOCATION, "LOCATION/hospital"));
      case "TOWNUPPER" ->
          List.of(
              phi(
                  f.chance(0.5) ? p.town().toUpperCase(Locale.ROOT) : p.town(),
                  PhiType.CITY,
                  "CITY"));
      case "EXT" ->
          List.of(phi(String.valueOf(f.between(1000, 99999)), PhiType.PHONE, "PHONE/extension"));
      case "DOCLAST2" -> List.of(name(p.clinicians().get(2)[1], "clinician"));
      case "MONTHNAME" ->
          List.of(
              phi(
                  f.pick(List.of("July", "August", "January", "October", "December", "June")),
                  PhiType.DATE,
                  "DATE/month"));
      case "DOCLAST" -> List.of(name(doctor()[1], "clinician"));
      case "DOCFIRST" -> List.of(name(doctor()[0], "clinician"));
      case "DOCFULL" -> List.of(name(doctorFull(), "clinician"));
      case "NURSE" -> List.of(name(nurse(), "clinician"));
      case "REL" -> relative(true);
      case "RELWORD" -> List.of(Piece.plain(p.relatives().get(0)[0]));
      case "RELNAME" -> List.of(relativeName(p.relatives().get(0)));
      case "CONTACT" -> List.of(name(p.contact(), "contact"));
      case "DATE" -> List.of(phi(f.fullDate(), PhiType.DATE, "DATE/full"));
      case "SDATE" -> List.of(phi(f.shortDate(), PhiType.DATE, "DATE/short"));
      case "HDATE" ->
          List.of(phi(f.chance(0.7) ? f.hyphenDate() : f.shortDate(), PhiType.DATE, "DATE/short"));
      case "MONTHDAY" ->
          List.of(
              phi(
                  f.chance(0.5)
                      ? f.shortDate()
                      : "the "
                          + f.ordinalDay()
                          + " of "
                          + f.pick(List.of("January", "March", "May", "August", "October")),
                  PhiType.DATE,
                  "DATE/month"));
      case "MONTHYEAR" ->
          List.of(
              phi(
                  f.pick(List.of("March", "Jan", "September", "Dec.", "June"))
                      + " "
                      + f.year().replace("'", ""),
                  PhiType.DATE,
                  "DATE/month"));
      case "YEAR" -> List.of(phi(f.year(), PhiType.DATE, "DATE/year"));
      case "ORDINAL" ->
          List.of(Piece.plain("the "), phi(f.ordinalDay(), PhiType.DATE, "DATE/ordinal"));
      case "HOLIDAY" -> holiday();
      case "AGE90" -> List.of(phi(f.age(), PhiType.AGE, "AGE"));
      case "AGE" ->
          f.chance(0.2)
              ? List.of(phi(f.age(), PhiType.AGE, "AGE"))
              : List.of(Piece.plain(String.valueOf(f.between(23, 88))));
      case "PHONE" -> List.of(phi(f.phone(), PhiType.PHONE, "PHONE"));
      case "PAGER" -> List.of(phi(f.pager(), PhiType.PHONE, "PHONE/pager"));
      case "EMAIL" ->
          List.of(
              phi(
                  (p.first() + "." + p.last()).toLowerCase(Locale.ROOT).replace("'", "")
                      + "@"
                      + f.pick(List.of("gmail.com", "comcast.net", "example.org")),
                  PhiType.EMAIL,
                  "EMAIL"));
      case "URL" ->
          List.of(
              phi(
                  "https://portal."
                      + p.last().toLowerCase(Locale.ROOT).replace("'", "")
                      + "-health.org/u/"
                      + f.between(1000, 9999),
                  PhiType.URL,
                  "URL"));
      case "IP" -> List.of(phi(f.ip(), PhiType.IP, "IP"));
      case "MRN", "POLICY" -> List.of(phi(f.recordNumber(), PhiType.ID, "ID/record"));
      case "LICENSE" ->
          List.of(phi("S" + f.between(10_000_000, 99_999_999), PhiType.ID, "ID/licence"));
      case "DEVICE" ->
          List.of(
              phi(
                  f.pick(List.of("PJN", "RXT", "ADD")) + f.between(100_000, 999_999),
                  PhiType.ID,
                  "ID/device"));
      case "SSN" -> List.of(phi(f.ssn(), PhiType.SSN, "SSN"));
      case "HOSP" ->
          List.of(
              phi(
                  f.chance(0.8) ? p.hospital() : f.pick(pools.hospitals()),
                  PhiType.LOCATION,
                  "LOCATION/hospital"));
      case "WARD" -> List.of(phi(f.pick(pools.wards()), PhiType.LOCATION, "LOCATION/ward"));
      case "TOWN" ->
          List.of(phi(f.chance(0.8) ? p.town() : f.pick(pools.towns()), PhiType.CITY, "CITY"));
      case "STATE" -> List.of(phi(f.pick(pools.states()), PhiType.STATE, "STATE"));
      case "STATECODE" ->
          List.of(
              phi(
                  f.pick(List.of("MA", "NH", "RI", "CT", "NY", "OH", "FL")),
                  PhiType.STATE,
                  "STATE"));
      case "ZIP" -> List.of(phi(f.zip(), PhiType.ZIP, "ZIP"));
      case "STREET" ->
          List.of(
              phi(
                  p.street() + (f.chance(0.2) ? ", Apt " + f.between(1, 30) : ""),
                  PhiType.ADDRESS,
                  "ADDRESS"));
      default ->
          List.of(Piece.plain(ClinicalFiller.fill(key, f, DRUGS, EPONYMS, PROBLEMS, FINDINGS)));
    };
  }

  private Piece name(String text, String kind) {
    return phi(text, PhiType.NAME, "NAME/" + kind);
  }

  private static Piece phi(String text, PhiType type, String kind) {
    return new Piece(text, type, kind);
  }

  private String patientForm() {
    return switch (f.between(0, 3)) {
      case 0 -> p.first() + " " + p.last();
      case 1 -> p.last().toUpperCase(Locale.ROOT) + ", " + p.first().toUpperCase(Locale.ROOT);
      case 2 -> p.last() + ", " + p.first() + " " + (char) ('A' + f.between(0, 25)) + ".";
      default -> p.first() + " " + (char) ('A' + f.between(0, 25)) + ". " + p.last();
    };
  }

  private String[] doctor() {
    return p.clinicians().get(f.between(0, 1));
  }

  private String doctorFull() {
    String[] d = doctor();
    return switch (f.between(0, 2)) {
      case 0 -> d[0] + " " + d[1];
      case 1 -> d[0].charAt(0) + ". " + d[1];
      default -> d[0] + " " + (char) ('A' + f.between(0, 25)) + ". " + d[1];
    };
  }

  private String nurse() {
    String[] n = p.clinicians().get(2);
    return switch (f.between(0, 3)) {
      case 0 -> n[0] + " " + n[1];
      case 1 -> n[0].charAt(0) + ". " + n[1];
      case 2 -> "" + n[0].charAt(0) + n[1].charAt(0);
      default -> n[0] + " " + n[1].charAt(0) + ".";
    };
  }

  private List<Piece> relative(boolean withWord) {
    String[] r = f.chance(0.7) ? p.relatives().get(0) : p.relatives().get(1);
    String word = f.chance(0.2) ? f.pick(RELATIONS) : r[0];
    return List.of(Piece.plain(word + (f.chance(0.15) ? ", " : " ")), relativeName(r));
  }

  private Piece relativeName(String[] r) {
    String name = r[1] + (r[2].isEmpty() ? "" : " " + r[2]);
    if (f.chance(0.1)) {
      name = name.toLowerCase(Locale.ROOT);
    }
    return name(name, r[0].equals("friend") || r[0].equals("neighbor") ? "contact" : "relative");
  }

  private List<Piece> holiday() {
    String h = f.holiday();
    if (h.startsWith("the ")) {
      return List.of(Piece.plain("the "), phi(h.substring(4), PhiType.DATE, "DATE/holiday"));
    }
    return List.of(phi(h, PhiType.DATE, "DATE/holiday"));
  }
}
