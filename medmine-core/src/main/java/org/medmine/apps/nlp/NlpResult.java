package org.medmine.apps.nlp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.medmine.context.AppResult;
import org.medmine.context.RunProvenance;
import org.medmine.mining.nlp.ConceptCode;
import org.medmine.mining.nlp.LexiconEntry;
import org.medmine.mining.nlp.MentalHealthMarker;
import org.medmine.mining.nlp.MentalHealthProfile;
import org.medmine.report.ReportSection;
import org.medmine.report.ResultRows;

/**
 * What {@link NlpApp} found in the notes of a warehouse: the corpus and the rows written to {@code
 * note_concept}, the throughput, the mentions per ConText label, the most mentioned concepts, one
 * example per kind of judgement, the mental-health view of each patient with a marker mention or a
 * screening score, the screening values skipped (not a total of their instrument), and the run's
 * provenance.
 *
 * @param judgements mentions per label of each dimension ({@code assertion}, {@code temporality},
 *     {@code experiencer}), every label listed
 */
public record NlpResult(
    Corpus corpus,
    Throughput throughput,
    Map<String, Map<String, Long>> judgements,
    List<ConceptCount> topConcepts,
    List<NlpExample> examples,
    List<PatientMentalHealth> mentalHealth,
    long screeningValuesSkipped,
    RunProvenance provenance)
    implements AppResult {

  /**
   * The notes read (those with text), their size in MB of UTF-8 text, sentences, mentions (and
   * those asserted of the patient: affirmed, experienced by the patient, the covariates), the rows
   * of {@code note_concept} written (one per mention), and the lexicon's size (grown from the
   * warehouse) beside the shipped one's.
   */
  public record Corpus(
      long notes,
      double megabytes,
      long sentences,
      long mentions,
      long assertedOfPatient,
      long rowsWritten,
      int lexiconConcepts,
      int shippedConcepts) {}

  /**
   * How fast the notes went through: the threads, the wall time from the first note read to the
   * commit of the table, and notes and MB of text per second of it.
   */
  public record Throughput(
      int threads, double seconds, double notesPerSecond, double megabytesPerSecond) {
    static Throughput of(int threads, double seconds, Corpus corpus) {
      double s = Math.max(seconds, 1e-9);
      return new Throughput(
          threads,
          round(seconds, 3),
          round(corpus.notes() / s, 1),
          round(corpus.megabytes() / s, 3));
    }
  }

  /** A concept, its first code, and how often it was mentioned, and asserted of the patient. */
  public record ConceptCount(
      String conceptId,
      String concept,
      String codeSystem,
      String code,
      long mentions,
      long assertedOfPatient) {
    static ConceptCount of(NlpTally.ConceptCount c) {
      LexiconEntry e = c.first.mention().concept();
      ConceptCode code = e.codes().isEmpty() ? null : e.codes().get(0);
      return new ConceptCount(
          e.id(),
          e.preferred(),
          code == null ? null : code.system(),
          code == null ? null : code.code(),
          c.all.sum(),
          c.asserted.sum());
    }
  }

  /** The mental-health view of one patient of a source. */
  public record PatientMentalHealth(String source, MentalHealthProfile profile) {
    /** The view as JSON: mention counts per marker, latest scores, the markers present. */
    Map<String, Object> toJson() {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("source", source);
      o.put("patientId", profile.patientId());
      Map<String, Object> markers = new LinkedHashMap<>();
      profile.markers().forEach((m, n) -> markers.put(label(m), n));
      o.put("markers", markers);
      o.put(
          "scores",
          profile.latestScores().stream()
              .map(
                  s ->
                      Map.of(
                          "instrument", s.instrument().name(),
                          "loinc", s.instrument().loinc(),
                          "date", s.date().toString(),
                          "score", s.score(),
                          "severity", s.severity()))
              .toList());
      o.put(
          "present",
          java.util.Arrays.stream(MentalHealthMarker.values())
              .filter(m -> m != MentalHealthMarker.NONE && profile.isPresent(m))
              .map(NlpResult::label)
              .toList());
      return o;
    }
  }

  static String label(MentalHealthMarker m) {
    return m.name().toLowerCase(Locale.ROOT);
  }

  static double round(double v, int places) {
    double f = Math.pow(10, places);
    return Math.round(v * f) / f;
  }

  @Override
  public Object toJson() {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("table", NlpApp.RESULTS);
    doc.put("notes", corpus.notes());
    doc.put("megabytes", ResultRows.number(round(corpus.megabytes(), 3)));
    doc.put("sentences", corpus.sentences());
    doc.put("mentions", corpus.mentions());
    doc.put("assertedOfPatient", corpus.assertedOfPatient());
    doc.put("rowsWritten", corpus.rowsWritten());
    doc.put(
        "lexicon",
        Map.of("concepts", corpus.lexiconConcepts(), "shipped", corpus.shippedConcepts()));
    doc.put("throughput", throughput);
    doc.put("judgements", judgements);
    doc.put("topConcepts", topConcepts);
    doc.put("examples", examples);
    doc.put("mentalHealth", mentalHealth.stream().map(PatientMentalHealth::toJson).toList());
    doc.put("screeningValuesSkipped", screeningValuesSkipped);
    doc.put("run", provenance);
    return doc;
  }

  @Override
  public String toText() {
    return NlpText.of(this);
  }

  @Override
  public String summary() {
    return NlpText.summary(this);
  }

  /** One section: throughput, counts, the most mentioned concepts, examples, mental health. */
  @Override
  public List<ReportSection> toSections() {
    return List.of(
        ReportSection.of(
            "nlp-notes", "Clinical NLP: concepts in notes (note_concept)", NlpSections.html(this)));
  }
}
