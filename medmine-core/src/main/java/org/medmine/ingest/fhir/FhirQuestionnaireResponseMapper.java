package org.medmine.ingest.fhir;

import static org.medmine.ingest.fhir.FhirResourceMapper.row;
import static org.medmine.ingest.fhir.FhirResourceMapper.subject;
import static org.medmine.ingest.fhir.FhirValues.array;
import static org.medmine.ingest.fhir.FhirValues.dateTime;
import static org.medmine.ingest.fhir.FhirValues.object;
import static org.medmine.ingest.fhir.FhirValues.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.medmine.ingest.outcomes.Instrument;
import org.medmine.ingest.outcomes.InstrumentScore;
import org.medmine.ingest.outcomes.InstrumentScoring;
import org.medmine.model.Table;
import org.medmine.warehouse.Row;

/**
 * Maps a FHIR R4 QuestionnaireResponse (§19.9) of a LOINC-coded instrument to observations: for
 * PHQ-9 and GAD-7 the total scored by {@link InstrumentScoring} (LOINC 44261-6 or 70274-6, its
 * severity band in {@code value_text}) and one child observation per answered item; for other
 * instruments each LOINC-coded answer. An item is LOINC-coded when the last segment of its {@code
 * linkId} (LHC-Forms writes {@code /44249-1/44250-9}) or of its {@code definition} is a LOINC code.
 * A response that cannot be scored (too many items missing, an answer outside 0–3) is quarantined
 * with the reason.
 */
final class FhirQuestionnaireResponseMapper {
  private static final String LOINC = "http://loinc.org";
  private static final Pattern LOINC_CODE = Pattern.compile("\\d{1,7}-\\d");

  /** LOINC answer list LL358-3 ("not at all" .. "nearly every day"), scored 0 to 3. */
  private static final Map<String, Integer> FREQUENCY_ANSWERS =
      Map.of("LA6568-5", 0, "LA6569-3", 1, "LA6570-1", 2, "LA6571-9", 3);

  private FhirQuestionnaireResponseMapper() {}

  static List<Row> map(String id, JsonNode r) {
    String t = "QuestionnaireResponse";
    String patient = subject(r, "subject", t);
    Map<String, Double> answers = new LinkedHashMap<>();
    collectAnswers(r, t, answers);
    Optional<Instrument> instrument = instrumentOf(r, answers, t);
    Row base = row(Table.OBSERVATION, id, patient, r, "encounter", t);
    LocalDateTime authored = dateTime(r, "authored", t);
    base.set("category", "survey").set("status", text(r, "status", t));
    base.set("effective_time", authored);
    List<Row> rows = new ArrayList<>();
    String parent = null;
    if (instrument.isPresent()) {
      InstrumentScore score;
      try {
        score = InstrumentScoring.score(instrument.get(), itemScores(instrument.get(), answers));
      } catch (InstrumentScoring.IncompleteResponse e) {
        throw new FhirFormatException(e.getMessage());
      }
      Instrument i = score.instrument();
      rows.add(
          loinc(copy(base, id), i.totalCode(), i.totalDisplay())
              .set("value_type", "quantity")
              .set("value_number", (double) score.total())
              .set("value_unit", "{score}")
              .set("value_text", score.severity())
              .set("panel_code", i.panelCode())
              .set("panel_display", i.name()));
      parent = id;
    } else if (answers.isEmpty()) {
      throw new FhirFormatException(
          t
              + " has no LOINC-coded answer and is of no instrument medmine scores: nothing to store");
    }
    for (Map.Entry<String, Double> a : answers.entrySet()) {
      if (a.getValue().isNaN()
          || instrument.isPresent() && a.getKey().equals(instrument.get().totalCode())) {
        continue; // a coded answer without a score; or the form's own total, replaced by ours
      }
      Row item = copy(base, id + "#" + a.getKey()).set("parent_id", parent);
      loinc(item, a.getKey(), null);
      rows.add(item.set("value_type", "integer").set("value_number", a.getValue()));
    }
    return rows;
  }

  private static Row loinc(Row row, String code, String display) {
    return row.set("code_system", LOINC).set("code", code).set("code_display", display);
  }

  private static Row copy(Row base, String id) {
    Row row = new Row(Table.OBSERVATION);
    base.values().forEach(row::set);
    return row.set("id", id);
  }

  private static Optional<Instrument> instrumentOf(
      JsonNode r, Map<String, Double> answers, String t) {
    String questionnaire = text(r, "questionnaire", t);
    if (questionnaire != null) {
      Optional<Instrument> named = Instrument.recognising(lastLoincSegment(questionnaire));
      if (named.isPresent()) {
        return named;
      }
    }
    return answers.keySet().stream()
        .map(Instrument::recognising)
        .flatMap(Optional::stream)
        .findFirst();
  }

  /** The item scores of an instrument's response; a coded answer without a score fails it. */
  private static Map<String, Integer> itemScores(
      Instrument instrument, Map<String, Double> answers) {
    Map<String, Integer> scores = new LinkedHashMap<>();
    for (Map.Entry<String, Double> a : answers.entrySet()) {
      if (a.getValue().isNaN() && instrument.itemCodes().contains(a.getKey())) {
        throw new FhirFormatException(
            instrument.name()
                + " item "
                + a.getKey()
                + " is answered with a code that has no score (expected LOINC LA6568-5, LA6569-3,"
                + " LA6570-1 or LA6571-9, or an ordinal value)");
      }
      scores.put(a.getKey(), (int) Math.round(a.getValue()));
    }
    return scores;
  }

  /** The first answer of every LOINC-coded item, nested groups included, by LOINC code. */
  private static void collectAnswers(JsonNode parent, String path, Map<String, Double> out) {
    int i = 0;
    for (JsonNode item : array(parent, "item", path)) {
      String p = path + ".item[" + i++ + "]";
      String code = lastLoincSegment(text(item, "linkId", p));
      if (code == null) {
        code = lastLoincSegment(text(item, "definition", p));
      }
      for (JsonNode answer : array(item, "answer", p)) {
        Double value = answerValue(answer, p + ".answer");
        if (code != null && value != null && !out.containsKey(code)) {
          out.put(code, value);
        }
        collectAnswers(answer, p + ".answer", out);
      }
      collectAnswers(item, p, out);
    }
  }

  /**
   * A numeric answer: valueInteger, valueDecimal, or a valueCoding scored by LOINC or ordinal; NaN
   * for a coding without a score, null for an answer of another kind.
   */
  private static Double answerValue(JsonNode answer, String path) {
    Double n = FhirValues.number(answer, "valueInteger", path);
    if (n == null) {
      n = FhirValues.number(answer, "valueDecimal", path);
    }
    JsonNode coding = object(answer, "valueCoding", path);
    if (n != null || coding == null) {
      return n;
    }
    for (JsonNode ext : array(coding, "extension", path + ".valueCoding")) {
      String url = text(ext, "url", path + ".valueCoding.extension");
      if (url != null && (url.endsWith("/ordinalValue") || url.endsWith("/itemWeight"))) {
        return FhirValues.number(ext, "valueDecimal", path + ".valueCoding.extension");
      }
    }
    String code = text(coding, "code", path + ".valueCoding");
    Integer scored = code == null ? null : FREQUENCY_ANSWERS.get(code);
    if (scored == null && code != null && code.matches("[0-9]")) {
      scored = Integer.parseInt(code);
    }
    return scored == null ? Double.NaN : scored.doubleValue();
  }

  private static String lastLoincSegment(String s) {
    if (s == null) {
      return null;
    }
    String last = s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('#')) + 1);
    int bar = last.indexOf('|'); // a canonical's version
    last = bar >= 0 ? last.substring(0, bar) : last;
    return LOINC_CODE.matcher(last).matches() ? last : null;
  }
}
