package org.medmine.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A test corpus of notes with every span of PHI known: synthetic clinical notes with injected PHI
 * of every type (seeded), and Synthea's own notes headed by their patient's details, with the
 * patient's names and the note dates marked wherever they occur.
 */
final class PhiCorpus {
  /** A note, the patient's known identifiers (NONE for synthetic notes), and its true PHI spans. */
  record Note(String text, KnownIdentifiers known, List<PhiSpan> truth) {}

  /** Builds a note piece by piece, recording where each PHI value lands. */
  static final class Builder {
    final StringBuilder text = new StringBuilder();
    final List<PhiSpan> truth = new ArrayList<>();

    Builder plain(String s) {
      text.append(s);
      return this;
    }

    Builder phi(PhiType type, String value) {
      if (value.isEmpty()) {
        return this;
      }
      truth.add(new PhiSpan(text.length(), text.length() + value.length(), type));
      text.append(value);
      return this;
    }
  }

  private static final String[] FIRST = {
    "Maria", "James", "Aisha", "Lupe", "Priya", "Kevin", "Olivia", "Mateo", "Hannah", "Wei"
  };
  private static final String[] LAST = {
    "Okafor",
    "Brannigan",
    "Zelinski",
    "Nguyen",
    "Garcia",
    "Abernathy",
    "Kowalczyk",
    "Thompson",
    "Haddad",
    "Lindqvist"
  };
  private static final String[] CITY = {
    "Wakefield", "Sturbridge", "Boston", "New Bedford", "Quincy", "Marblehead", "Pittsfield"
  };
  private static final String[] STREET = {
    "Maple", "Fisher", "Lubowitz", "Kiehn", "Oak Hill", "Cedar"
  };
  private static final String[] SUFFIX = {
    "Street", "Avenue", "Fork", "Rapid", "Lane", "Road", "Mill", "Drive"
  };
  private static final String[] MONTH = {
    "January", "March", "April", "June", "August", "October", "December", "Sep", "Feb"
  };
  private static final String[] FILLER = {
    "Blood pressure 128/84 mmHg, pulse 72. ",
    "Metformin 500 MG Oral Tablet twice daily. ",
    "Follow up in 3 months. ",
    "Hemoglobin A1c 7.2 %. ",
    "Patient denies chest pain. ",
    "No known allergies. ",
    "Take 2 tablets every 4-6 hours as needed. ",
    "Referred to cardiology for stress test. ",
    "Temperature 37.2 C. ",
    "White blood cell count 11.2 x10^9/L. ",
    "Stage 2 hypertension, uncontrolled. ",
    "May continue current regimen. ",
    "Lives with spouse in a single-family home. ",
    "BMI 31.4 kg/m2. ",
    "Acetaminophen 325 MG / Oxycodone 5 MG. ",
    "Smoked 20 pack-years. "
  };

  private PhiCorpus() {}

  /** {@code n} synthetic notes, each with several PHI of different types among clinical filler. */
  static List<Note> synthetic(int n, long seed) {
    Random r = new Random(seed);
    List<Function<Random, Builder>> pieces =
        List.of(
            x ->
                new Builder()
                    .plain("Seen by Dr. ")
                    .phi(PhiType.NAME, pick(x, LAST))
                    .plain(" today. "),
            x ->
                new Builder()
                    .plain("Patient: ")
                    .phi(PhiType.NAME, pick(x, FIRST) + " " + pick(x, LAST))
                    .plain("\n"),
            x ->
                new Builder()
                    .plain("Her daughter ")
                    .phi(PhiType.NAME, pick(x, FIRST))
                    .plain(" will call. "),
            x ->
                new Builder()
                    .plain("Discussed with ")
                    .phi(PhiType.NAME, pick(x, FIRST) + " " + pick(x, LAST))
                    .plain(" at bedside. "),
            x -> new Builder().plain("Admitted on ").phi(PhiType.DATE, isoDate(x)).plain(". "),
            x ->
                new Builder()
                    .plain("Last visit ")
                    .phi(
                        PhiType.DATE,
                        (1 + x.nextInt(12))
                            + "/"
                            + (1 + x.nextInt(28))
                            + "/"
                            + (1990 + x.nextInt(35)))
                    .plain(". "),
            x ->
                new Builder()
                    .plain("Surgery on ")
                    .phi(
                        PhiType.DATE,
                        pick(x, MONTH) + " " + (1 + x.nextInt(28)) + ", " + (1990 + x.nextInt(35)))
                    .plain(". "),
            x ->
                new Builder()
                    .plain("Seen ")
                    .phi(
                        PhiType.DATE,
                        (1 + x.nextInt(28)) + " " + pick(x, MONTH) + " " + (1990 + x.nextInt(35)))
                    .plain(". "),
            x ->
                new Builder()
                    .plain("A ")
                    .phi(PhiType.AGE, Integer.toString(90 + x.nextInt(20)))
                    .plain("-year-old woman. "),
            x ->
                new Builder()
                    .plain("Patient aged ")
                    .phi(PhiType.AGE, Integer.toString(90 + x.nextInt(15)))
                    .plain(" with dementia. "),
            x -> new Builder().plain("Call back at ").phi(PhiType.PHONE, phone(x)).plain(". "),
            x ->
                new Builder()
                    .plain("Email: ")
                    .phi(
                        PhiType.EMAIL,
                        pick(x, FIRST).toLowerCase() + "." + x.nextInt(100) + "@example.org")
                    .plain(". "),
            x ->
                new Builder()
                    .plain("SSN ")
                    .phi(
                        PhiType.SSN,
                        String.format(
                            "%03d-%02d-%04d",
                            100 + x.nextInt(800), 10 + x.nextInt(89), 1000 + x.nextInt(8999)))
                    .plain(". "),
            x ->
                new Builder()
                    .plain("MRN: ")
                    .phi(PhiType.ID, "MR" + (100000 + x.nextInt(899999)))
                    .plain(". "),
            x ->
                new Builder()
                    .plain("Account #: ")
                    .phi(PhiType.ID, Integer.toString(10000000 + x.nextInt(89999999)))
                    .plain(". "),
            x ->
                new Builder()
                    .plain("Passport number ")
                    .phi(PhiType.ID, "X" + (10000000 + x.nextInt(89999999)) + "X")
                    .plain(". "),
            x ->
                new Builder()
                    .plain("Driver's license ")
                    .phi(PhiType.ID, "S" + (10000000 + x.nextInt(89999999)))
                    .plain(". "),
            x ->
                new Builder()
                    .plain("Pacemaker serial: ")
                    .phi(PhiType.ID, "PM-" + (100000 + x.nextInt(899999)))
                    .plain(". "),
            x ->
                new Builder()
                    .plain("Lives at ")
                    .phi(
                        PhiType.ADDRESS,
                        (1 + x.nextInt(9000)) + " " + pick(x, STREET) + " " + pick(x, SUFFIX))
                    .plain(". "),
            x ->
                new Builder()
                    .plain("Moved to ")
                    .phi(PhiType.CITY, pick(x, CITY))
                    .plain(", ")
                    .plain("MA ")
                    .phi(PhiType.ZIP, String.format("%05d", 1000 + x.nextInt(1700)))
                    .plain(". "),
            x ->
                new Builder()
                    .plain("Family lives in ")
                    .phi(PhiType.CITY, pick(x, CITY))
                    .plain(". "),
            x ->
                new Builder()
                    .plain("Results at ")
                    .phi(PhiType.URL, "https://portal.example.org/r/" + x.nextInt(10000))
                    .plain(" online. "),
            x ->
                new Builder()
                    .plain("Colonoscopy in ")
                    .phi(PhiType.DATE, Integer.toString(1995 + x.nextInt(30)))
                    .plain(" was normal. "),
            x ->
                new Builder()
                    .plain("Logged in from ")
                    .phi(
                        PhiType.IP,
                        x.nextInt(223)
                            + 1
                            + "."
                            + x.nextInt(256)
                            + "."
                            + x.nextInt(256)
                            + "."
                            + x.nextInt(256))
                    .plain(". "));
    List<Note> notes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Builder b = new Builder();
      for (int k = 0; k < 6; k++) {
        b.plain(pick(r, FILLER));
        Builder piece = pieces.get((i * 6 + k) % pieces.size()).apply(r);
        int offset = b.text.length();
        b.text.append(piece.text);
        piece.truth.forEach(
            s -> b.truth.add(new PhiSpan(s.start() + offset, s.end() + offset, s.type())));
      }
      notes.add(new Note(b.text.toString(), KnownIdentifiers.NONE, b.truth));
    }
    return notes;
  }

  private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");

  /**
   * Synthea's notes (up to {@code perPatient} each), headed by the patient's name, SSN, licence,
   * address and phone from the same bundle; the truth marks those and every occurrence of the
   * patient's names and of ISO dates in the note body.
   */
  static List<Note> synthea(Path fhirDir, int perPatient) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Note> notes = new ArrayList<>();
    List<Path> files;
    try (var s = Files.list(fhirDir)) {
      files =
          s.filter(f -> !f.getFileName().toString().matches("(hospital|practitioner).*"))
              .sorted()
              .toList();
    }
    for (Path f : files) {
      JsonNode bundle = json.readTree(f.toFile());
      JsonNode patient = null;
      List<String> bodies = new ArrayList<>();
      for (JsonNode e : bundle.path("entry")) {
        JsonNode res = e.path("resource");
        if (res.path("resourceType").asText().equals("Patient")) {
          patient = res;
        } else if (res.path("resourceType").asText().equals("DocumentReference")
            && bodies.size() < perPatient) {
          String data = res.path("content").path(0).path("attachment").path("data").asText(null);
          if (data != null) {
            bodies.add(new String(Base64.getDecoder().decode(data), StandardCharsets.UTF_8));
          }
        }
      }
      if (patient == null) {
        continue;
      }
      String given = patient.path("name").path(0).path("given").path(0).asText();
      String family = patient.path("name").path(0).path("family").asText();
      String ssn = identifier(patient, "SS");
      String licence = identifier(patient, "DL");
      JsonNode addr = patient.path("address").path(0);
      String line = addr.path("line").path(0).asText();
      String city = addr.path("city").asText();
      String zip = addr.path("postalCode").asText();
      String phone = patient.path("telecom").path(0).path("value").asText();
      KnownIdentifiers known =
          new KnownIdentifiers()
              .add(PhiType.NAME, given)
              .add(PhiType.NAME, family)
              .add(PhiType.SSN, ssn)
              .add(PhiType.ID, licence)
              .add(PhiType.ADDRESS, line)
              .add(PhiType.CITY, city)
              .add(PhiType.ZIP, zip)
              .add(PhiType.PHONE, phone);
      for (String body : bodies) {
        Builder b =
            new Builder()
                .plain("Patient: ")
                .phi(PhiType.NAME, given + " " + family)
                .plain("\nSSN: ")
                .phi(PhiType.SSN, ssn)
                .plain("\nLicense: ")
                .phi(PhiType.ID, licence)
                .plain("\nAddress: ")
                .phi(PhiType.ADDRESS, line)
                .plain(", ")
                .phi(PhiType.CITY, city)
                .plain(", MA ");
        if (!zip.isEmpty()) {
          b.phi(PhiType.ZIP, zip);
        }
        b.plain("\nPhone: ").phi(PhiType.PHONE, phone).plain("\n\n");
        int offset = b.text.length();
        b.plain(body);
        for (String name : List.of(given, family)) {
          for (int at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + 1)) {
            b.truth.add(new PhiSpan(offset + at, offset + at + name.length(), PhiType.NAME));
          }
        }
        Matcher m = ISO_DATE.matcher(body);
        while (m.find()) {
          b.truth.add(new PhiSpan(offset + m.start(), offset + m.end(), PhiType.DATE));
        }
        notes.add(new Note(b.text.toString(), known, b.truth));
      }
    }
    return notes;
  }

  private static String identifier(JsonNode patient, String typeCode) {
    for (JsonNode id : patient.path("identifier")) {
      if (id.path("type").path("coding").path(0).path("code").asText().equals(typeCode)) {
        return id.path("value").asText();
      }
    }
    return "";
  }

  private static String isoDate(Random r) {
    return String.format(
        "%d-%02d-%02d", 1950 + r.nextInt(75), 1 + r.nextInt(12), 1 + r.nextInt(28));
  }

  private static String phone(Random r) {
    int a = 200 + r.nextInt(700);
    int b = 200 + r.nextInt(700);
    int c = r.nextInt(10000);
    return switch (r.nextInt(3)) {
      case 0 -> String.format("(%d) %d-%04d", a, b, c);
      case 1 -> String.format("%d-%d-%04d", a, b, c);
      default -> String.format("%d.%d.%04d", a, b, c);
    };
  }

  private static String pick(Random r, String[] options) {
    return options[r.nextInt(options.length)];
  }
}
