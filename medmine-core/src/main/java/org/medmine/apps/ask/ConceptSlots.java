package org.medmine.apps.ask;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.medmine.apps.ask.Interpretation.Grouping;
import org.medmine.apps.ask.Interpretation.Measure;
import org.medmine.apps.ask.Interpretation.PatientFilter;
import org.medmine.apps.ask.Interpretation.ResolvedConcept;
import org.medmine.apps.ask.Interpretation.Subject;
import org.medmine.apps.ask.QuestionParser.Parse;

/**
 * The last step of {@link QuestionParser}: the words left name the concepts ({@link
 * AskVocabulary}); the slots read so far and the concepts make an {@link Interpretation}, or a
 * clarification when they do not fit together (two concepts, an average of no measurement, a rate
 * of events, a top list of nothing named).
 */
final class ConceptSlots {
  private static final List<String> MEASUREMENTS =
      List.of("hemoglobin a1c", "body mass index", "systolic blood pressure", "body weight");

  private final AskVocabulary vocabulary;
  private final QuestionSlots slots;
  private final TimeWindow window;
  private final PatientFilter filter;
  private final LocalDate reference;

  ConceptSlots(
      AskVocabulary vocabulary,
      QuestionSlots slots,
      TimeWindow window,
      PatientFilter filter,
      LocalDate reference) {
    this.vocabulary = vocabulary;
    this.slots = slots;
    this.window = window;
    this.filter = filter;
    this.reference = reference;
  }

  /** The interpretation, given the words left; or a clarification. */
  Parse finish(String rest, String question) {
    AskVocabulary.Resolution r = vocabulary.resolve(rest, question);
    if (r.problem() != null) {
      return Parse.clarify(r.problem() + ".", r.candidates());
    }
    List<ResolvedConcept> concepts = new ArrayList<>(r.concepts());
    ResolvedConcept measured = null;
    Measure measure = slots.measure;
    if (measure == Measure.AVERAGE || measure == Measure.DISTRIBUTION) {
      if (!slots.ageMeasured) {
        measured =
            concepts.stream().filter(c -> c.table().equals("observation")).findFirst().orElse(null);
        if (measured == null) {
          return Parse.clarify("an average of what measurement, or of age?", withAge());
        }
        concepts.remove(measured);
      }
    }
    if (concepts.size() > 1) {
      return Parse.clarify(
          "the question names several concepts; ask about one at a time.",
          concepts.stream().map(ResolvedConcept::name).toList());
    }
    ResolvedConcept concept = concepts.isEmpty() ? null : concepts.get(0);
    Subject subject = subject(measure, measured);
    if (subject == null) {
      return Parse.clarify(
          "a top list of what: conditions, medications or procedures?",
          List.of("top 10 conditions", "top 10 medications", "top 10 procedures"));
    }
    String problem = misfit(measure, subject, concept);
    if (problem != null) {
      return Parse.clarify(problem, QuestionSlots.EXAMPLES);
    }
    return new Parse(
        new Interpretation(
            measure,
            subject,
            concept,
            measured,
            slots.encounterClass,
            filter,
            window,
            slots.grouping,
            slots.limit,
            reference),
        null);
  }

  private Subject subject(Measure measure, ResolvedConcept measured) {
    if (measure == Measure.TOP) {
      return slots.topDomain;
    }
    if (measure == Measure.RATE && (slots.subject == null || slots.peopleNamed)) {
      return Subject.PATIENTS;
    }
    if (measured != null) {
      return Subject.OBSERVATIONS;
    }
    if (measure == Measure.AVERAGE || measure == Measure.DISTRIBUTION || slots.subject == null) {
      return Subject.PATIENTS;
    }
    return slots.subject;
  }

  /** Why the slots do not fit together, or null. */
  private String misfit(Measure measure, Subject subject, ResolvedConcept concept) {
    if (measure == Measure.RATE && subject != Subject.PATIENTS) {
      return "ask computes rates of patients (what share of patients have something), not of events.";
    }
    if (measure == Measure.RATE
        && concept == null
        && slots.encounterClass == null
        && window == null) {
      return "a rate of what: which concept or encounter should the patients have?";
    }
    if ((measure == Measure.TOP || measure == Measure.RATE) && slots.grouping.isPeriod()) {
      return "a top list or a rate is over one window: ask for one year at a time.";
    }
    if (measure == Measure.TOP && slots.grouping != Grouping.NONE) {
      return "a top list is not split into groups: ask for one group at a time.";
    }
    if (slots.encounterClass != null
        && subject != Subject.ENCOUNTERS
        && subject != Subject.PATIENTS) {
      return "ask does not tie diagnoses, drugs, procedures or measurements to a kind of encounter.";
    }
    if (slots.grouping == Grouping.CLASS && subject != Subject.ENCOUNTERS) {
      return "encounter classes split encounters: ask for encounters by class.";
    }
    if (slots.grouping.isPeriod()
        && subject == Subject.PATIENTS
        && concept == null
        && slots.encounterClass == null) {
      return "a trend of patients needs an event to date them by: a concept or an encounter class.";
    }
    if (slots.measureDefaulted && concept != null && concept.table().equals("observation")) {
      return "a measurement by group or period: the number of patients measured, or the average"
          + " value? Say 'how many patients had' or 'average'.";
    }
    if (subject == Subject.OBSERVATIONS && measure == Measure.COUNT && concept == null) {
      return "measurements of what?";
    }
    return null;
  }

  private static List<String> withAge() {
    List<String> out = new ArrayList<>(MEASUREMENTS);
    out.add("age");
    return out;
  }
}
