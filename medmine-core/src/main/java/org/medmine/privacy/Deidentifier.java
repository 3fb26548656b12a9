package org.medmine.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.medmine.cohort.Age;
import org.medmine.cohort.EngineFunctions;
import org.medmine.model.MedmineUserException;
import org.medmine.warehouse.AttachedWarehouses;
import org.medmine.warehouse.EncryptedWarehouses;
import org.medmine.warehouse.Warehouse;
import org.medmine.warehouse.WarehouseSettings;

/**
 * Writes a de-identified copy of a warehouse into a new warehouse file (identified and
 * de-identified data never share a file, shared/DESIGN.md). Every column of every copied table gets
 * a {@link ColumnTreatment}; ids become keyed pseudonyms ({@link Pseudonymizer}), free text goes
 * through the {@link PhiScrubber} with the patient's known identifiers, and the run's {@link
 * DeidManifest} is stored in the new warehouse's {@code deid_run} table.
 */
public final class Deidentifier {
  /**
   * Tables never copied: raw source text, the audit trail (the copy starts its own), bookkeeping.
   */
  static final Map<String, String> LEFT_OUT =
      Map.of(
          "quarantine", "holds raw source records",
          "hl7v2_message", "holds raw HL7 v2 messages",
          "note_concept",
              "derived from the identified note text (its offsets and words); run 'medmine nlp' on"
                  + " the copy",
          "cohort",
              "holds identified dates of built cohorts; run 'medmine cohort build' on the copy",
          "audit_log", "the new warehouse starts its own trail",
          "deid_run", "the new warehouse records its own run",
          "schema_version", "written by the schema migrator");

  /**
   * The files under the run's temporary folder: pseudonyms, date shifts, scrubbed text (JSON
   * lines).
   */
  private static final String ID_MAP = "ids.jsonl";

  private static final String SHIFT_MAP = "shifts.jsonl";
  private static final String TEXT_MAP = "text.jsonl";

  private final DeidPolicy policy;
  private final Pseudonymizer pseudonymizer;
  private final LocalDate asOf;
  private final ObjectMapper json = new ObjectMapper();

  /**
   * @param policy the policy
   * @param secret the pseudonymization secret ({@link SecretKeySource})
   * @param asOf the date ages are computed at for living patients (ages over 89 collapse to 90)
   */
  public Deidentifier(DeidPolicy policy, byte[] secret, LocalDate asOf) {
    this.policy = policy;
    this.pseudonymizer = new Pseudonymizer(secret);
    this.asOf = asOf;
  }

  /**
   * De-identifies the plain warehouse at {@code source} into the new, plain warehouse {@code out}.
   */
  public DeidManifest run(Path source, Path out) {
    return run(source, out, WarehouseSettings.defaults(), Optional.empty());
  }

  /**
   * De-identifies the warehouse at {@code source} (opened with {@code sourceKey} if it is
   * encrypted) into the new warehouse {@code out}, created encrypted under {@code encryptOut} when
   * present (which needs OpenSSL from a local httpfs: without it the run is refused before reading
   * anything). A run that fails leaves no {@code out}.
   */
  public DeidManifest run(
      Path source,
      Path out,
      Optional<EncryptedWarehouses.Key> sourceKey,
      Optional<EncryptedWarehouses.Key> encryptOut) {
    return run(source, out, WarehouseSettings.defaults().withKey(sourceKey), encryptOut);
  }

  /**
   * As {@link #run(Path, Path, Optional, Optional)}, with the front end's {@code settings}:
   * DuckDB's memory limit, and the key that opens {@code source} if it is encrypted.
   */
  public DeidManifest run(
      Path source,
      Path out,
      WarehouseSettings settings,
      Optional<EncryptedWarehouses.Key> encryptOut) {
    if (Files.exists(out)) {
      throw new MedmineUserException(
          "The output " + out + " already exists: give a new file for --out.");
    }
    encryptOut.ifPresent(
        k -> EncryptedWarehouses.requireSecureWriter(k, "create an encrypted warehouse"));
    Path tmp;
    try {
      tmp = Files.createTempDirectory("medmine-deid");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return runIn(source, out, tmp, settings, encryptOut);
    } catch (SQLException | IOException e) {
      deleteQuietly(out);
      throw new IllegalStateException("de-identification failed: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      deleteQuietly(out); // out did not exist when the run began
      throw e;
    } finally {
      deleteTree(tmp);
    }
  }

  /**
   * Reads the source (plan, pseudonyms, date shifts, scrubbed text into files under {@code tmp}),
   * then writes the copy: every planned table through its column treatments, in one transaction,
   * and the run's manifest.
   */
  private DeidManifest runIn(
      Path source,
      Path out,
      Path tmp,
      WarehouseSettings settings,
      Optional<EncryptedWarehouses.Key> encryptOut)
      throws SQLException, IOException {
    Map<String, Map<String, ColumnTreatment>> plan = new LinkedHashMap<>();
    Map<String, Map<String, String>> types = new LinkedHashMap<>();
    Map<String, String> leftOut = new LinkedHashMap<>();
    Map<PhiType, Long> phi = new EnumMap<>(PhiType.class);
    try (Warehouse src = AttachedWarehouses.openReadOnly(source, settings)) {
      Connection c = src.connection();
      plan(c, plan, types, leftOut);
      writeIds(c, plan, tmp.resolve(ID_MAP), tmp.resolve(SHIFT_MAP));
      writeScrubbedText(c, plan, tmp.resolve(TEXT_MAP), phi);
    }
    String runId = UUID.randomUUID().toString();
    try (Warehouse dst =
        encryptOut.isPresent()
            ? EncryptedWarehouses.open(out, encryptOut.get(), false, settings.memoryLimit())
            : Warehouse.open(out, settings)) {
      Connection c = dst.connection();
      AttachedWarehouses.attach(c, source, "src", settings.key(), true);
      EngineFunctions.installDuckDb(c); // the one age definition, mm_age_years (cohort.Age)
      Map<String, Long> rows;
      long agesCollapsed;
      long restricted;
      try (Statement s = c.createStatement()) {
        loadMaps(s, tmp);
        agesCollapsed = count(s, "SELECT count(*) FROM oldmap");
        restricted = restrictedZips(s, plan);
        rows = copyTables(c, s, plan, types);
        s.execute("DETACH src");
      }
      boolean lds = policy == DeidPolicy.LIMITED_DATA_SET;
      DeidManifest manifest =
          new DeidManifest(
              runId,
              policy.cliName(),
              asOf.toString(),
              rows,
              plan,
              leftOut,
              phi,
              lds ? 0 : agesCollapsed,
              lds ? 0 : restricted);
      recordRun(c, source, manifest);
      return manifest;
    }
  }

  /**
   * Loads the maps written under {@code tmp} into TEMP tables of the copy's session ({@code idmap},
   * {@code shiftmap}, {@code textmap}), and {@code oldmap}: the patients of the attached source
   * older than 89.
   */
  private void loadMaps(Statement s, Path tmp) throws SQLException {
    s.execute(
        "CREATE TEMP TABLE idmap AS SELECT * FROM read_json("
            + literal(tmp.resolve(ID_MAP).toString())
            + ", format='newline_delimited', columns={o:'VARCHAR', p:'VARCHAR'})");
    s.execute(
        "CREATE TEMP TABLE shiftmap AS SELECT * FROM read_json("
            + literal(tmp.resolve(SHIFT_MAP).toString())
            + ", format='newline_delimited', columns={o:'VARCHAR', d:'INTEGER'})");
    s.execute(
        "CREATE TEMP TABLE textmap AS SELECT * FROM read_json("
            + literal(tmp.resolve(TEXT_MAP).toString())
            + ", format='newline_delimited', columns={t:'VARCHAR', c:'VARCHAR', s:'VARCHAR', i:'VARCHAR', v:'VARCHAR'})");
    s.execute(
        "CREATE TEMP TABLE oldmap AS SELECT source AS s, CAST(id AS VARCHAR) AS o, birth_date AS b FROM src.patient"
            + " WHERE birth_date IS NOT NULL AND "
            + Age.sql(
                "birth_date",
                "coalesce(CAST(death_time AS DATE), DATE " + literal(asOf.toString()) + ")")
            + " > 89");
  }

  /** How many values of the source's ZIP columns fall in a restricted three-digit area. */
  private static long restrictedZips(Statement s, Map<String, Map<String, ColumnTreatment>> plan)
      throws SQLException {
    String zips =
        plan.entrySet().stream()
            .flatMap(
                t ->
                    t.getValue().entrySet().stream()
                        .filter(e -> e.getValue() == ColumnTreatment.ZIP)
                        .map(e -> "SELECT " + e.getKey() + " AS z FROM src." + t.getKey()))
            .collect(Collectors.joining(" UNION ALL "));
    return zips.isEmpty()
        ? 0
        : count(
            s, "SELECT count(*) FROM (" + zips + ") WHERE " + DeidSql.restrictedZipCondition("z"));
  }

  /**
   * Copies every planned table from {@code src} through its column treatments, in one transaction;
   * rows by table.
   */
  private Map<String, Long> copyTables(
      Connection c,
      Statement s,
      Map<String, Map<String, ColumnTreatment>> plan,
      Map<String, Map<String, String>> types)
      throws SQLException {
    Map<String, Long> rows = new LinkedHashMap<>();
    c.setAutoCommit(false);
    for (Map.Entry<String, Map<String, ColumnTreatment>> t : plan.entrySet()) {
      String cols = String.join(", ", t.getValue().keySet());
      DeidSql sql = new DeidSql(policy, asOf, t.getKey(), types.get(t.getKey()));
      String exprs =
          t.getValue().entrySet().stream()
              .map(e -> sql.expression(e.getKey(), e.getValue()))
              .collect(Collectors.joining(", "));
      rows.put(
          t.getKey(),
          (long)
              s.executeUpdate(
                  "INSERT INTO main."
                      + t.getKey()
                      + " ("
                      + cols
                      + ") SELECT "
                      + exprs
                      + " FROM src."
                      + t.getKey()
                      + " AS t"));
    }
    c.commit();
    c.setAutoCommit(true);
    return rows;
  }

  /** Stores the run's {@code manifest} in the copy's {@code deid_run} table. */
  private void recordRun(Connection c, Path source, DeidManifest manifest)
      throws SQLException, IOException {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO deid_run (run_id, policy, created_at, source_file, manifest) VALUES (?, ?, ?, ?, ?)")) {
      p.setString(1, manifest.runId());
      p.setString(2, policy.cliName());
      p.setObject(3, LocalDateTime.now(ZoneOffset.UTC));
      p.setString(4, source.getFileName().toString());
      p.setString(
          5,
          json.copy()
              .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
              .writeValueAsString(manifest));
      p.executeUpdate();
    }
  }

  /** Decides which tables are copied and how each column is treated. */
  private static void plan(
      Connection c,
      Map<String, Map<String, ColumnTreatment>> plan,
      Map<String, Map<String, String>> types,
      Map<String, String> leftOut)
      throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT table_name, column_name, data_type FROM information_schema.columns"
                    + " WHERE table_schema = 'main' ORDER BY table_name, ordinal_position")) {
      while (rs.next()) {
        String table = rs.getString(1);
        if (LEFT_OUT.containsKey(table)) {
          leftOut.put(table, LEFT_OUT.get(table));
          continue;
        }
        plan.computeIfAbsent(table, t -> new LinkedHashMap<>())
            .put(rs.getString(2), ColumnTreatment.of(rs.getString(2), rs.getString(3)));
        types
            .computeIfAbsent(table, t -> new LinkedHashMap<>())
            .put(rs.getString(2), rs.getString(3));
      }
    }
    // A scrubbed column needs the row's (source, id) to carry its scrubbed text back; without them,
    // drop it.
    plan.forEach(
        (table, cols) ->
            cols.replaceAll(
                (col, tr) ->
                    tr == ColumnTreatment.SCRUB
                            && !(cols.containsKey("id") && cols.containsKey("source"))
                        ? ColumnTreatment.DROP
                        : tr));
  }

  /** Writes the pseudonym of every id-like value, and the date shift of every patient. */
  private void writeIds(
      Connection c, Map<String, Map<String, ColumnTreatment>> plan, Path idMap, Path shiftMap)
      throws SQLException, IOException {
    String union =
        plan.entrySet().stream()
            .flatMap(
                t ->
                    t.getValue().entrySet().stream()
                        .filter(e -> e.getValue() == ColumnTreatment.PSEUDONYM)
                        .map(
                            e ->
                                "SELECT CAST("
                                    + e.getKey()
                                    + " AS VARCHAR) AS v, "
                                    + (isPatientKey(t.getKey(), e.getKey()))
                                    + " AS patient FROM "
                                    + t.getKey()))
            .collect(Collectors.joining(" UNION "));
    try (BufferedWriter ids = Files.newBufferedWriter(idMap, StandardCharsets.UTF_8);
        BufferedWriter shifts = Files.newBufferedWriter(shiftMap, StandardCharsets.UTF_8);
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT v, bool_or(patient) FROM (" + union + ") WHERE v IS NOT NULL GROUP BY v")) {
      while (rs.next()) {
        String v = rs.getString(1);
        ids.write(json.writeValueAsString(Map.of("o", v, "p", pseudonymizer.pseudonym(v))));
        ids.newLine();
        if (rs.getBoolean(2)) {
          shifts.write(
              json.writeValueAsString(Map.of("o", v, "d", pseudonymizer.dateShiftDays(v))));
          shifts.newLine();
        }
      }
    }
  }

  /**
   * Scrubs every free-text value with its patient's known identifiers; counts replacements by type.
   */
  private void writeScrubbedText(
      Connection c,
      Map<String, Map<String, ColumnTreatment>> plan,
      Path textMap,
      Map<PhiType, Long> phi)
      throws SQLException, IOException {
    Map<String, KnownIdentifiers> known = PatientIdentifiers.read(c);
    PhiScrubber scrubber = new PhiScrubber(policy.keptInText());
    try (BufferedWriter w = Files.newBufferedWriter(textMap, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, Map<String, ColumnTreatment>> t : plan.entrySet()) {
        boolean hasPatient = t.getValue().containsKey("patient_id");
        for (Map.Entry<String, ColumnTreatment> col : t.getValue().entrySet()) {
          if (col.getValue() != ColumnTreatment.SCRUB) {
            continue;
          }
          String sql =
              "SELECT source, id, "
                  + (hasPatient ? "patient_id" : "NULL")
                  + ", "
                  + col.getKey()
                  + " FROM "
                  + t.getKey()
                  + " WHERE "
                  + col.getKey()
                  + " IS NOT NULL";
          try (Statement s = c.createStatement();
              ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
              KnownIdentifiers k =
                  known.getOrDefault(
                      rs.getString(1) + "\u0000" + rs.getString(3), KnownIdentifiers.NONE);
              ScrubResult r = scrubber.scrub(rs.getString(4), k);
              r.counts().forEach((type, n) -> phi.merge(type, (long) n, Long::sum));
              w.write(
                  json.writeValueAsString(
                      Map.of(
                          "t",
                          t.getKey(),
                          "c",
                          col.getKey(),
                          "s",
                          rs.getString(1),
                          "i",
                          rs.getString(2),
                          "v",
                          r.text())));
              w.newLine();
            }
          }
        }
      }
    }
  }

  private static boolean isPatientKey(String table, String column) {
    return column.equals("patient_id") || table.equals("patient") && column.equals("id");
  }

  private static long count(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static String literal(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
      Files.deleteIfExists(Path.of(p + ".wal"));
    } catch (IOException ignored) {
      // best effort: the failure itself is what the user must see
    }
  }

  private static void deleteTree(Path dir) {
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(Deidentifier::deleteQuietly);
    } catch (IOException ignored) {
      // a leftover temp folder is harmless
    }
  }
}
