package org.medmine.warehouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.medmine.model.Table;

/**
 * Loads one ingest run into the warehouse as a single transaction, so that a run either lands whole
 * or not at all (a run killed part-way leaves the warehouse as it was), and so that re-running the
 * same input changes nothing.
 *
 * <p>Rows are inserted, {@value StagingTable#BATCH_ROWS} at a time through a table function ({@link
 * RowBatchFunction}), into staging tables created inside the run's transaction; at {@link #finish}
 * records whose patient reference resolves to no patient, and in a FHIR run records that a later
 * record with the same id and different content replaces ({@link RepeatedRecords}), are moved to
 * quarantine, each staging table is merged into its table as an upsert by ({@code source}, {@code
 * id}) in which the last occurrence wins, conditional references ({@code
 * Practitioner?identifier=...}) are resolved, and the run is recorded in {@code ingest_run}.
 *
 * <p>Conditional references and claim diagnoses whose target was read earlier in the run are
 * resolved as the rows are appended ({@link AppendTimeResolver}), and observations are held back
 * briefly so that the panel a DiagnosticReport gives them is set before they are appended ({@link
 * PanelWindow}); the {@code UPDATE}s at {@link #finish} then cover only what is left.
 *
 * <p>A source's first load (no rows of it anywhere) skips the staging tables and appends straight
 * into the tables inside the same transaction: there is nothing to replace, and the merge would
 * only copy the run a second time. {@link #finish} then keeps the last row of an id loaded twice
 * and checks that every patient and encounter reference resolves (see {@link DirectLoad}); when one
 * does not, it rolls back and throws {@link DirectLoadRefused}, and the caller reads the input
 * again with a staging loader.
 */
public final class WarehouseLoader implements RecordSink, AutoCloseable {
  /** Raw text kept in quarantine is cut to this many characters. */
  public static final int RAW_TEXT_LIMIT = 8192;

  static final String STAGE_PREFIX = "_stage_";
  private static final Map<Table, String> RUN_SCOPED_COLUMNS =
      Map.of(
          Table.OBSERVATION_PANEL,
          "source VARCHAR, id VARCHAR, observation_id VARCHAR, panel_code VARCHAR, panel_display VARCHAR,"
              + " _applied BOOLEAN",
          Table.PROVIDER_ROLE,
          "source VARCHAR, id VARCHAR, practitioner_ref VARCHAR, organization_id VARCHAR, location_id VARCHAR,"
              + " specialty_system VARCHAR, specialty_code VARCHAR, specialty_display VARCHAR");

  private final Warehouse warehouse;
  private final Connection connection;
  private final String source;
  private final String runId;
  private final Map<Table, StagingTable> staged = new EnumMap<>(Table.class);
  private final Set<String> files = new LinkedHashSet<>();

  /**
   * Staged rows carry their file as a number (a path on every row cost more to stage than most
   * values).
   */
  private final Map<String, Long> fileNumbers = new HashMap<>();

  private String lastFile;
  private long lastFileNumber;
  private final Map<String, Long> skippedByType = new TreeMap<>();

  /** Quarantined records, inserted like the rows (see {@link StagingTable}). */
  private RowBatch quarantine;

  private BatchInserter inserter;
  private final AppendTimeResolver references = new AppendTimeResolver();
  private final PanelWindow panels = new PanelWindow(this::append);
  private long seq;
  private long read;
  private long stored;
  private long quarantined;
  private long skipped;
  private boolean finished;

  /**
   * Whether rows go straight into the warehouse tables rather than through staging tables and a
   * merge: on a source's first load there is nothing to replace, so the merge would only copy the
   * run a second time.
   */
  private final boolean direct;

  private final PausePoint pause;

  /** The counts of a finished run. */
  public record Counts(
      long read, long stored, long quarantined, long skipped, Map<String, Long> skippedByType) {}

  /**
   * A loader that appends straight into the tables when this is the source's first load (see {@link
   * #direct}).
   */
  public WarehouseLoader(Warehouse warehouse, String source, String runId) {
    this(warehouse, source, runId, true);
  }

  /**
   * A loader for one run.
   *
   * @param allowDirect whether a first load of the source may append straight into the tables;
   *     false after {@link #finish} refused a direct load with {@link DirectLoadRefused}
   */
  public WarehouseLoader(Warehouse warehouse, String source, String runId, boolean allowDirect) {
    this(warehouse, source, runId, allowDirect, PausePoint.NONE);
  }

  /**
   * As {@link #WarehouseLoader(Warehouse, String, String, boolean)}, stopping at {@code pause}
   * (crash tests).
   */
  public WarehouseLoader(
      Warehouse warehouse, String source, String runId, boolean allowDirect, PausePoint pause) {
    this.pause = pause;
    this.warehouse = warehouse;
    this.connection = warehouse.connection();
    this.source = source;
    this.runId = runId;
    try {
      connection.setAutoCommit(false);
      this.direct = allowDirect && !DirectLoad.sourceHasRows(connection, source);
      try (Statement s = connection.createStatement()) {
        for (Table t : Table.values()) {
          if (direct && t.persistent()) {
            continue;
          }
          if (t.persistent()) {
            s.execute(
                "CREATE TABLE "
                    + STAGE_PREFIX
                    + t.sqlName()
                    + " AS SELECT *, 0::BIGINT AS _seq,"
                    + " 0::BIGINT AS _file, 0::BIGINT AS _pos, ''::VARCHAR AS _pos_kind, ''::VARCHAR AS _type"
                    + " FROM "
                    + t.sqlName()
                    + " LIMIT 0");
          } else {
            s.execute(
                "CREATE TABLE "
                    + STAGE_PREFIX
                    + t.sqlName()
                    + " ("
                    + RUN_SCOPED_COLUMNS.get(t)
                    + ")");
          }
        }
        s.execute(
            "CREATE TABLE " + STAGE_PREFIX + "quarantine AS SELECT * FROM quarantine LIMIT 0");
      }
      RowBatchFunction.ensureRegistered(connection);
      inserter = new BatchInserter(connection.createStatement());
      for (Table t : Table.values()) {
        String name = (direct && t.persistent() ? "" : STAGE_PREFIX) + t.sqlName();
        staged.put(t, StagingTable.open(connection, t, inserter, name));
      }
      quarantine = RowBatch.of(connection, STAGE_PREFIX + "quarantine", StagingTable.BATCH_ROWS);
    } catch (SQLException e) {
      rollbackQuietly();
      throw new WarehouseException("could not start loading into " + warehouse.file(), e);
    }
  }

  /**
   * Notes that a file is part of this run: its earlier quarantine entries are replaced by this
   * run's.
   */
  public void fileStarted(String file) {
    files.add(file);
  }

  @Override
  public void store(RecordOrigin origin, String resourceType, List<Row> rows) {
    read++;
    stored++;
    try {
      references.resolve(rows);
      for (Row row : rows) {
        switch (row.table()) {
          case OBSERVATION -> panels.hold(origin, resourceType, row);
          case OBSERVATION_PANEL -> {
            panels.apply(row);
            append(origin, resourceType, row);
          }
          default -> append(origin, resourceType, row);
        }
      }
    } catch (SQLException e) {
      throw new WarehouseException("could not stage " + resourceType + " from " + origin, e);
    }
  }

  private void append(RecordOrigin origin, String resourceType, Row row) throws SQLException {
    seq =
        staged
            .get(row.table())
            .append(row, source, seq, fileNumber(origin.file()), origin, resourceType);
  }

  /** The rows of this run that DuckDB selects itself (the native Synthea CSV path). */
  public NativeRows nativeRows() {
    try {
      inserter.restore();
    } catch (SQLException e) {
      throw new WarehouseException(
          "could not give DuckDB its threads back in " + warehouse.file(), e);
    }
    return new NativeRows(this, connection, source, runId, direct);
  }

  long reserveSeq(long n) {
    long base = seq;
    seq += n;
    return base;
  }

  void countNative(long storedRecords, long quarantinedRecords) {
    read += storedRecords + quarantinedRecords;
    stored += storedRecords;
    quarantined += quarantinedRecords;
  }

  long fileNumber(String file) {
    if (!file.equals(lastFile)) {
      lastFile = file;
      lastFileNumber = fileNumbers.computeIfAbsent(file, f -> (long) fileNumbers.size());
    }
    return lastFileNumber;
  }

  @Override
  public void quarantine(
      RecordOrigin origin, String resourceType, String resourceId, String reason, String rawText) {
    read++;
    quarantined++;
    try {
      quarantine.add(
          new Object[] {
            source,
            runId,
            origin.file(),
            origin.position(),
            origin.positionKind(),
            resourceType,
            resourceId,
            reason,
            truncate(rawText)
          });
      if (quarantine.isFull()) {
        inserter.insert(quarantine);
      }
    } catch (SQLException e) {
      throw new WarehouseException("could not quarantine a record from " + origin, e);
    }
  }

  static String truncate(String raw) {
    if (raw == null || raw.length() <= RAW_TEXT_LIMIT) {
      return raw;
    }
    return raw.substring(0, RAW_TEXT_LIMIT)
        + "…["
        + (raw.length() - RAW_TEXT_LIMIT)
        + " more characters]";
  }

  @Override
  public void skip(RecordOrigin origin, String resourceType) {
    read++;
    skipped++;
    skippedByType.merge(resourceType, 1L, Long::sum);
  }

  /** Merges the staged run into the warehouse and commits it. */
  public Counts finish(RunRecord run) {
    pause.reach("merge");
    try {
      panels.flush();
      for (StagingTable st : staged.values()) {
        st.flush();
      }
      inserter.insert(quarantine);
      inserter.close();
      mergeStaged(run);
      Counts counts = new Counts(read, stored, quarantined, skipped, Map.copyOf(skippedByType));
      run.insert(connection, runId, source, counts);
      pause.reach("commit");
      connection.commit();
      pause.reach("committed");
      connection.setAutoCommit(true);
      finished = true;
      return counts;
    } catch (DirectLoadRefused e) {
      rollbackQuietly();
      finished = true;
      throw e;
    } catch (SQLException e) {
      rollbackQuietly();
      throw new WarehouseException("could not commit the run into " + warehouse.file(), e);
    }
  }

  /**
   * Quarantines the run's replaced and dangling records, merges the staging tables into the
   * warehouse (a direct load appended already), applies panels and provider roles, resolves
   * references and drops the staging tables.
   */
  private void mergeStaged(RunRecord run) throws SQLException {
    try (Statement s = connection.createStatement()) {
      // the observation ids a direct load read twice (a staged load replaces rows: it always
      // updates all)
      boolean oneContentPerId = RepeatedRecords.appliesTo(run);
      boolean allPanels =
          !direct
              || DirectLoad.check(connection, source, oneContentPerId, columns())
                  .contains(Table.OBSERVATION);
      long replaced =
          !direct && oneContentPerId
              ? RepeatedRecords.quarantine(s, source, runId, fileNumbers, columns())
              : 0;
      long dangling =
          direct ? 0 : DanglingReferences.quarantine(connection, s, source, runId, fileNumbers);
      stored -= replaced + dangling;
      quarantined += replaced + dangling;
      for (Table t : direct ? List.<Table>of() : Table.clinical()) {
        merge(s, t);
      }
      panels.applyRemaining(s, allPanels);
      applyProviderRoles(s);
      if (direct) {
        // the tables hold only this run's rows of the source: only what was not resolved on append
        // is left
        new ReferenceResolver(connection, source)
            .resolve(references.pendingColumns(), references.claimDiagnosesPending());
      } else {
        // earlier runs' rows may name targets that this run brings: resolve the whole source again
        new ReferenceResolver(connection, source).resolve();
      }
      QuarantineMerge.merge(connection, s, source, files);
      for (Table t : Table.values()) {
        if (!(direct && t.persistent())) {
          s.execute("DROP TABLE " + STAGE_PREFIX + t.sqlName());
        }
      }
      s.execute("DROP TABLE " + STAGE_PREFIX + "quarantine");
    }
  }

  /** The columns of each table this run appends to. */
  private Map<Table, List<String>> columns() {
    Map<Table, List<String>> m = new EnumMap<>(Table.class);
    staged.forEach((t, st) -> m.put(t, st.columns()));
    return m;
  }

  private void merge(Statement s, Table t) throws SQLException {
    String name = t.sqlName();
    String stage = STAGE_PREFIX + name;
    List<String> cols = staged.get(t).columns().stream().filter(c -> !c.startsWith("_")).toList();
    String colList = String.join(", ", cols);
    if (hasRowsOfSource(name)) {
      s.execute(
          "DELETE FROM " + name + " WHERE (source, id) IN (SELECT source, id FROM " + stage + ")");
    }
    // Last one wins when a run holds a record twice; the window costs a sort, so only when it does.
    String lastWins =
        hasRepeatedIds(s, stage)
            ? " QUALIFY row_number() OVER (PARTITION BY source, id ORDER BY _seq DESC) = 1"
            : "";
    s.execute(
        "INSERT INTO "
            + name
            + " ("
            + colList
            + ") SELECT "
            + colList
            + " FROM "
            + stage
            + lastWins);
  }

  private static boolean hasRepeatedIds(Statement s, String stage) throws SQLException {
    try (ResultSet rs =
        s.executeQuery("SELECT count(*) <> count(DISTINCT (source, id)) FROM " + stage)) {
      return rs.next() && rs.getBoolean(1);
    }
  }

  /**
   * Whether the table holds rows of this run's source (when not, a first load has nothing to
   * replace).
   */
  private boolean hasRowsOfSource(String table) throws SQLException {
    try (PreparedStatement p =
        connection.prepareStatement(
            "SELECT EXISTS (SELECT 1 FROM " + table + " WHERE source = ?)")) {
      p.setString(1, source);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    }
  }

  private void applyProviderRoles(Statement s) throws SQLException {
    s.execute(
        "UPDATE provider p SET organization_id = coalesce(r.organization_id, p.organization_id),"
            + " location_id = coalesce(r.location_id, p.location_id),"
            + " specialty_system = coalesce(r.specialty_system, p.specialty_system),"
            + " specialty_code = coalesce(r.specialty_code, p.specialty_code),"
            + " specialty_display = coalesce(r.specialty_display, p.specialty_display)"
            + " FROM "
            + STAGE_PREFIX
            + "provider_role r WHERE p.source = r.source AND (p.id = r.practitioner_ref"
            + " OR r.practitioner_ref = 'Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|' || p.npi)");
  }

  static String quote(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  private void rollbackQuietly() {
    try {
      if (inserter != null) {
        inserter.restore();
      }
    } catch (SQLException ignored) {
      // the connection is unusable; nothing to give back
    }
    try {
      connection.rollback();
      connection.setAutoCommit(true);
    } catch (SQLException ignored) {
      // the connection is unusable; the transaction dies with it
    }
  }

  /** Abandons the run if it was not finished: nothing it staged reaches the warehouse. */
  @Override
  public void close() {
    if (!finished) {
      staged.values().forEach(StagingTable::discard);
      quarantine.clear();
      rollbackQuietly(); // before the statement closes: it gives DuckDB its threads back
      try {
        inserter.close();
      } catch (SQLException ignored) {
        // already rolled back
      }
    }
  }
}
