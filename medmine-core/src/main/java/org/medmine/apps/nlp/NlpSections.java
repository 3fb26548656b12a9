package org.medmine.apps.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.medmine.report.Html;

/**
 * The report section of an {@link NlpResult}: throughput, mentions per ConText label, the most
 * mentioned concepts, one example per kind of judgement (note text: the report is identified when
 * the warehouse is) and the mental-health markers present.
 */
final class NlpSections {
  private NlpSections() {}

  static String html(NlpResult r) {
    NlpResult.Corpus c = r.corpus();
    NlpResult.Throughput t = r.throughput();
    StringBuilder out = new StringBuilder();
    out.append(
        Html.paragraph(
            "Every note with text went through sections, sentences, dictionary concepts and"
                + " ConText (Harkema et al. 2009); each mention is a row of note_concept, and"
                + " only mentions affirmed of the patient become covariates of studies."));
    out.append(
        Html.table(
            List.of("notes", "MB of text", "sentences", "mentions", "asserted of patient"),
            List.of(
                List.of(
                    c.notes(),
                    NlpResult.round(c.megabytes(), 2),
                    c.sentences(),
                    c.mentions(),
                    c.assertedOfPatient()))));
    out.append(
        Html.paragraph(
            "Throughput of this run (wall time, from the first note read to the commit):"));
    out.append(
        Html.table(
            List.of("threads", "seconds", "notes/s", "MB/s", "lexicon concepts", "shipped"),
            List.of(
                List.of(
                    t.threads(),
                    t.seconds(),
                    t.notesPerSecond(),
                    t.megabytesPerSecond(),
                    c.lexiconConcepts(),
                    c.shippedConcepts()))));
    List<List<?>> labels = new ArrayList<>();
    for (Map.Entry<String, Map<String, Long>> d : r.judgements().entrySet()) {
      d.getValue().forEach((k, v) -> labels.add(List.of(d.getKey(), k, v)));
    }
    out.append(Html.table(List.of("dimension", "label", "mentions"), labels));
    List<List<?>> concepts = new ArrayList<>();
    for (NlpResult.ConceptCount k : r.topConcepts()) {
      concepts.add(
          java.util.Arrays.asList(k.concept(), k.code(), k.mentions(), k.assertedOfPatient()));
    }
    out.append(Html.table(List.of("concept", "code", "mentions", "asserted of patient"), concepts));
    List<List<?>> examples = new ArrayList<>();
    for (NlpExample e : r.examples()) {
      examples.add(
          List.of(
              e.assertion() + " / " + e.temporality() + " / " + e.experiencer(),
              e.text(),
              String.join("; ", e.triggers()),
              e.sentence()));
    }
    out.append(Html.table(List.of("judgement", "mention", "triggers", "sentence"), examples));
    out.append(Html.table(List.of("mental-health marker", "patients present"), markers(r)));
    return out.toString();
  }

  private static List<List<?>> markers(NlpResult r) {
    Map<String, Long> present = new java.util.TreeMap<>();
    for (NlpResult.PatientMentalHealth p : r.mentalHealth()) {
      for (Object m : (List<?>) p.toJson().get("present")) {
        present.merge((String) m, 1L, Long::sum);
      }
    }
    List<List<?>> rows = new ArrayList<>();
    present.forEach((m, n) -> rows.add(List.of(m, n)));
    return rows;
  }
}
