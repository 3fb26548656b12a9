import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes realistic device streams for the devices bench (issue 22): per patient, an Apple Health
 * export.xml (heart rate every 5 minutes in waking hours, steps in 10-minute bouts, a night's sleep,
 * exercise minutes, a daily resting heart rate) and a FHIR Bundle with the Patient and inpatient
 * Encounters. Planted events: some admissions are preceded by 7-10 days of resting heart rate raised
 * by 12-18 bpm (tachycardia onset), activity collapse and sleep disruption; others come without a
 * warning (unheralded), and some episodes of raised heart rate are followed by no admission (false
 * alarms the detector should not be blamed for missing). The truth is written to planted.csv.
 *
 * <p>Usage: java bench/AppleHealthExport.java OUT_DIR PATIENTS DAYS SEED [TARGET_BYTES]. With
 * TARGET_BYTES the first patient's export is padded with more days of heart-rate streams until it
 * reaches that size (the 1-GB memory bench); without it every patient gets DAYS days.
 */
public class AppleHealthExport {
  static final DateTimeFormatter T = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  static final String DEVICE =
      "&lt;&lt;HKDevice: 0x283d6c640&gt;, name:Apple Watch, manufacturer:Apple Inc., model:Watch,"
          + " hardware:Watch6,2, software:9.1&gt;";

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    int patients = Integer.parseInt(args[1]);
    int days = Integer.parseInt(args[2]);
    Random random = new Random(Long.parseLong(args[3]));
    long target = args.length > 4 ? Long.parseLong(args[4]) : 0;
    Files.createDirectories(out);
    LocalDate first = LocalDate.of(2024, 1, 1);
    try (Writer truth = Files.newBufferedWriter(out.resolve("planted.csv"));
        Writer fhir = Files.newBufferedWriter(out.resolve("patients.json"))) {
      truth.write("patient,kind,event_day,onset_day\n");
      fhir.write("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[\n");
      for (int p = 0; p < patients; p++) {
        String id = "dev-" + p;
        List<int[]> events = plan(random, days);
        fhir.write((p == 0 ? "" : ",\n") + patient(id));
        for (int[] e : events) {
          truth.write(id + "," + kind(e[0]) + "," + first.plusDays(e[1]) + "," + first.plusDays(e[2]) + "\n");
          if (e[0] != 2) {
            fhir.write(",\n" + admission(id, e[1], first.plusDays(e[1])));
          }
        }
        long bytes = p == 0 ? target : 0;
        writeExport(out.resolve(id + ".xml"), id, first, days, events, random, bytes);
      }
      fhir.write("\n]}\n");
    }
  }

  static String kind(int k) {
    return k == 0 ? "heralded" : k == 1 ? "unheralded" : "false-alarm";
  }

  /** Events as {kind, day, onset day}: every ~45 days one of heralded, unheralded, false alarm. */
  static List<int[]> plan(Random random, int days) {
    List<int[]> events = new ArrayList<>();
    for (int day = 50 + random.nextInt(30); day < days - 5; day += 45 + random.nextInt(30)) {
      double u = random.nextDouble();
      int kind = u < 0.6 ? 0 : u < 0.8 ? 1 : 2;
      events.add(new int[] {kind, day, kind == 1 ? day : day - 7 - random.nextInt(4)});
    }
    return events;
  }

  static String patient(String id) {
    return "{\"resource\":{\"resourceType\":\"Patient\",\"id\":\"" + id
        + "\",\"gender\":\"female\",\"birthDate\":\"1960-03-04\"}}";
  }

  static String admission(String patient, int n, LocalDate day) {
    return "{\"resource\":{\"resourceType\":\"Encounter\",\"id\":\"" + patient + "-adm-" + n
        + "\",\"status\":\"finished\",\"class\":{\"system\":\"http://terminology.hl7.org/CodeSystem/v3-ActCode\","
        + "\"code\":\"IMP\"},\"subject\":{\"reference\":\"Patient/" + patient + "\"},"
        + "\"period\":{\"start\":\"" + day + "T10:00:00Z\",\"end\":\"" + day.plusDays(3) + "T10:00:00Z\"}}}";
  }

  /** How much resting heart rate is raised on {@code day} (0 outside a heralded or false alarm). */
  static double raise(List<int[]> events, int day) {
    for (int[] e : events) {
      if (e[0] != 1 && day >= e[2] && day < e[1]) {
        return 12 + (e[1] - e[2]) * 0.6;
      }
    }
    return 0;
  }

  static void writeExport(
      Path file, String id, LocalDate first, int days, List<int[]> events, Random random, long target)
      throws IOException {
    try (BufferedWriter w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE HealthData [\n"
          + "<!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout|ActivitySummary)*)>\n]>\n"
          + "<HealthData locale=\"en_US\">\n <ExportDate value=\"2025-01-01 00:00:00 +0000\"/>\n"
          + " <Me HKCharacteristicTypeIdentifierDateOfBirth=\"1960-03-04\"/>\n");
      double base = 58 + random.nextInt(12);
      long written = 0;
      for (int d = 0; d < days || written < target; d++) {
        double up = d < days ? raise(events, d) : 0;
        StringBuilder b = new StringBuilder(1 << 16);
        day(b, first.plusDays(d), base + up, up > 0, random);
        w.write(b.toString());
        written += b.length();
      }
      w.write("</HealthData>\n");
    }
  }

  static void day(StringBuilder b, LocalDate date, double resting, boolean unwell, Random r) {
    LocalDateTime midnight = date.atStartOfDay();
    record(b, "RestingHeartRate", "count/min", midnight.plusHours(23), 0, resting + r.nextGaussian());
    for (int m = 7 * 60; m < 23 * 60; m += 5) {
      record(b, "HeartRate", "count/min", midnight.plusMinutes(m), 0, resting + 15 + 10 * r.nextDouble());
    }
    int bouts = unwell ? 8 : 40;
    for (int i = 0; i < bouts; i++) {
      record(b, "StepCount", "count", midnight.plusMinutes(8 * 60 + i * 20), 10, 80 + r.nextInt(200));
    }
    record(b, "AppleExerciseTime", "min", midnight.plusHours(18), 30, unwell ? r.nextInt(5) : 20 + r.nextInt(25));
    int sleep = unwell ? 240 + r.nextInt(90) : 400 + r.nextInt(80);
    LocalDateTime bed = midnight.minusMinutes(60);
    b.append("  <Record type=\"HKCategoryTypeIdentifierSleepAnalysis\" sourceName=\"Apple Watch\"")
        .append(" startDate=\"").append(T.format(bed)).append(" +0000\" endDate=\"")
        .append(T.format(bed.plusMinutes(sleep))).append(" +0000\" value=\"HKCategoryValueSleepAnalysisAsleepCore\"/>\n");
  }

  static void record(StringBuilder b, String type, String unit, LocalDateTime start, int minutes, double value) {
    String s = T.format(start) + " +0000";
    String e = T.format(start.plusMinutes(minutes)) + " +0000";
    b.append("  <Record type=\"HKQuantityTypeIdentifier").append(type)
        .append("\" sourceName=\"Apple Watch\" sourceVersion=\"9.1\" device=\"").append(DEVICE)
        .append("\" unit=\"").append(unit).append("\" creationDate=\"").append(e)
        .append("\" startDate=\"").append(s).append("\" endDate=\"").append(e)
        .append("\" value=\"").append(Math.round(value * 10) / 10.0).append("\"/>\n");
  }
}
