package org.medmine.apps.nlp;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.medmine.context.AnalysisContext;
import org.medmine.context.App;
import org.medmine.context.WarehouseConcepts;
import org.medmine.mining.nlp.Assertion;
import org.medmine.mining.nlp.Experiencer;
import org.medmine.mining.nlp.Lexicon;
import org.medmine.mining.nlp.MentalHealthProfile;
import org.medmine.mining.nlp.NoteAnnotator;
import org.medmine.mining.nlp.ParallelAnnotator;
import org.medmine.mining.nlp.ScreeningScore;
import org.medmine.mining.nlp.Temporality;

/**
 * {@code nlp}: every note of the warehouse through the clinical NLP pipeline ({@link
 * NoteAnnotator}: sections, sentences, concepts, ConText), on N threads in bounded memory ({@link
 * ParallelAnnotator}), with the shipped lexicon grown by the warehouse's own condition, medication
 * and procedure displays. It reads through the context's consent views, so a denying patient's
 * notes are neither annotated nor stored, and rebuilds {@code note_concept} in one transaction
 * ({@link NoteConceptTable}). The result counts the mentions by assertion, temporality and
 * experiencer, lists the most mentioned concepts and one example per kind of judgement, and gives
 * the mental-health view of every patient with a marker mention or a screening score ({@link
 * MentalHealthProfile}); the view is part of the result, not a table.
 */
public final class NlpApp implements App<NlpOptions, NlpResult> {
  /** The table the app writes. */
  public static final String RESULTS = NoteConceptTable.NAME;

  @Override
  public String name() {
    return "nlp";
  }

  @Override
  public Set<String> writes() {
    return Set.of(RESULTS);
  }

  @Override
  public NlpResult run(AnalysisContext context, NlpOptions options) {
    Connection c = context.connection();
    Lexicon lexicon = Lexicon.standard().withDisplays(WarehouseConcepts.clinical(c));
    ParallelAnnotator annotator =
        new ParallelAnnotator(NoteAnnotator.with(lexicon), options.threads());
    NlpTally tally = new NlpTally();
    long t0 = System.nanoTime();
    long rows = NoteConceptTable.rebuild(c, annotator, tally::add);
    double seconds = (System.nanoTime() - t0) / 1e9;
    WarehouseInputs.Scores scores = WarehouseInputs.scores(c);
    NlpResult.Corpus corpus =
        new NlpResult.Corpus(
            tally.notes.sum(),
            tally.bytes.sum() / 1e6,
            tally.sentences.sum(),
            tally.mentions.sum(),
            tally.assertedOfPatient.sum(),
            rows,
            lexicon.entries().size(),
            Lexicon.standard().entries().size());
    return new NlpResult(
        corpus,
        NlpResult.Throughput.of(options.threads(), seconds, corpus),
        judgements(tally),
        topConcepts(tally, options.top()),
        tally.examples(),
        mentalHealth(tally, scores),
        scores.invalid(),
        context.provenance(name(), options, null));
  }

  /** Mentions per label of each ConText dimension, every label listed. */
  private static Map<String, Map<String, Long>> judgements(NlpTally tally) {
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    for (Assertion a : Assertion.values()) {
      out.computeIfAbsent("assertion", k -> new LinkedHashMap<>())
          .put(a.label(), tally.judged("assertion", a.label()));
    }
    for (Temporality t : Temporality.values()) {
      out.computeIfAbsent("temporality", k -> new LinkedHashMap<>())
          .put(t.label(), tally.judged("temporality", t.label()));
    }
    for (Experiencer e : Experiencer.values()) {
      out.computeIfAbsent("experiencer", k -> new LinkedHashMap<>())
          .put(e.label(), tally.judged("experiencer", e.label()));
    }
    return out;
  }

  private static List<NlpResult.ConceptCount> topConcepts(NlpTally tally, int top) {
    return tally.concepts.entrySet().stream()
        .map(e -> NlpResult.ConceptCount.of(e.getValue()))
        .sorted(
            Comparator.comparingLong(NlpResult.ConceptCount::mentions)
                .reversed()
                .thenComparing(NlpResult.ConceptCount::conceptId))
        .limit(top)
        .toList();
  }

  /** The profile of every patient with a marker mention or a screening score, by patient. */
  private static List<NlpResult.PatientMentalHealth> mentalHealth(
      NlpTally tally, WarehouseInputs.Scores scores) {
    Set<List<String>> patients = new java.util.TreeSet<>(Comparator.comparing(List::toString));
    patients.addAll(tally.mentalHealth.keySet());
    patients.addAll(scores.byPatient().keySet());
    List<NlpResult.PatientMentalHealth> out = new ArrayList<>();
    for (List<String> p : patients) {
      List<ScreeningScore> own = scores.byPatient().getOrDefault(p, List.of());
      out.add(
          new NlpResult.PatientMentalHealth(
              p.get(0),
              MentalHealthProfile.of(p.get(1), tally.mentalHealth.getOrDefault(p, Map.of()), own)));
    }
    return out;
  }
}
