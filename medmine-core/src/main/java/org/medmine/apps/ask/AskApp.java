package org.medmine.apps.ask;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.medmine.cohort.DataEnd;
import org.medmine.context.AnalysisContext;
import org.medmine.context.App;
import org.medmine.context.RunProvenance;
import org.medmine.context.WarehouseConcepts;
import org.medmine.mining.nlp.Lexicon;
import org.medmine.privacy.Role;
import org.medmine.warehouse.WarehouseException;

/**
 * {@code ask}: a question in plain English answered from the warehouse through the context's
 * consent-filtered connection. The question is parsed deterministically ({@link QuestionParser}, no
 * language model) against the warehouse's vocabulary ({@link AskVocabulary}: its code displays, the
 * shipped lexicon's synonyms and abbreviations), relative to a reference date (the last encounter
 * day, or {@link AskOptions#asOf}); the interpretation becomes one SQL statement ({@link AskSql})
 * whose rows are the answer. A question that cannot be read exactly gets a {@link Clarification}
 * instead. For the analyst role (de-identified data only) small cells are suppressed ({@link
 * SmallCells}).
 */
public final class AskApp implements App<AskOptions, AskResult> {
  @Override
  public String name() {
    return "ask";
  }

  @Override
  public AskResult run(AnalysisContext context, AskOptions options) {
    Connection c = context.connection();
    LocalDate reference =
        DataEnd.givenOrLastEncounterDay(
            c,
            options.asOf(),
            "The warehouse has no dated encounter to count time from: give --as-of DATE.");
    AskResult answer = answer(c, parser(c), options.question(), reference);
    RunProvenance provenance = context.provenance(name(), options, null);
    if (!answer.answered()) {
      return AskResult.clarified(options.question(), reference, answer.clarification(), provenance);
    }
    boolean suppress = context.role() == Role.ANALYST;
    SmallCells.Suppressed shown =
        suppress
            ? SmallCells.apply(answer.columns(), answer.rows())
            : new SmallCells.Suppressed(answer.rows(), 0);
    return new AskResult(
        options.question(),
        reference,
        answer.interpretation(),
        answer.sql(),
        answer.columns(),
        shown.rows(),
        suppress,
        shown.suppressedRows(),
        null,
        provenance);
  }

  /**
   * The answer to {@code question} on {@code c} as {@code parser} reads it, before suppression and
   * without provenance (the question-set bench calls this for each question over one parser).
   */
  static AskResult answer(
      Connection c, QuestionParser parser, String question, LocalDate reference) {
    QuestionParser.Parse parse = parser.parse(question, reference);
    if (parse.clarification() != null) {
      return AskResult.clarified(question, reference, parse.clarification(), null);
    }
    Interpretation i = parse.interpretation();
    String sql = AskSql.of(i);
    List<String> columns = new ArrayList<>();
    List<List<Object>> rows = rows(c, sql, columns);
    return new AskResult(question, reference, i.toJson(), sql, columns, rows, false, 0, null, null);
  }

  /** The parser of the warehouse {@code c} reads: its vocabulary, cities and states. */
  static QuestionParser parser(Connection c) {
    Map<WarehouseConcepts.Table, List<Lexicon.WarehouseConcept>> concepts =
        new EnumMap<>(WarehouseConcepts.Table.class);
    for (WarehouseConcepts.Table t : WarehouseConcepts.Table.values()) {
      concepts.put(t, WarehouseConcepts.of(c, t));
    }
    Map<String, String> cities = new TreeMap<>();
    List<String> states = new ArrayList<>();
    for (List<Object> row :
        rows(c, "SELECT DISTINCT city, state FROM patient ORDER BY 1, 2", null)) {
      if (row.get(0) != null) {
        cities.put(row.get(0).toString().toLowerCase(Locale.ROOT), row.get(0).toString());
      }
      if (row.get(1) != null && !states.contains(row.get(1).toString())) {
        states.add(row.get(1).toString());
      }
    }
    return new QuestionParser(new AskVocabulary(concepts), cities, PatientSlots.stateNames(states));
  }

  /**
   * The rows of {@code sql}: whole numbers as longs, other numbers as doubles, dates and text as
   * text; the column labels are added to {@code columns} when given.
   */
  static List<List<Object>> rows(Connection c, String sql, List<String> columns) {
    List<List<Object>> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      ResultSetMetaData md = rs.getMetaData();
      for (int i = 1; columns != null && i <= md.getColumnCount(); i++) {
        columns.add(md.getColumnLabel(i));
      }
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          row.add(value(rs.getObject(i)));
        }
        out.add(row);
      }
    } catch (SQLException e) {
      throw new WarehouseException("could not run the question's SQL: " + e.getMessage(), e);
    }
    return out;
  }

  /** A cell as an answer carries it. */
  static Object value(Object v) {
    if (v instanceof Integer || v instanceof Long || v instanceof Short) {
      return ((Number) v).longValue();
    }
    if (v instanceof java.math.BigInteger b) {
      return b.longValue();
    }
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    return v == null ? null : v.toString();
  }
}
