package org.medmine.apps.ask;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.medmine.apps.ask.Interpretation.Grouping;
import org.medmine.apps.ask.Interpretation.PatientFilter;

/**
 * A deterministic semantic parser for analysts' questions of the warehouse: each slot (what is
 * measured, the grouping, the time window, the age band, sex, race, ethnicity, place, encounter
 * class, what is counted) is recognised by its patterns and taken out of the text; the words left
 * name the clinical concept ({@link AskVocabulary}). A question the rules cannot read exactly
 * (unsupported intent, vague time, a negation, an unknown word, an unrecorded concept, a missing
 * grouping unit) gets a {@link Clarification}, never a guess.
 */
final class QuestionParser {
  /** Words that carry no slot and no concept. */
  static final Set<String> STOPWORDS =
      Set.of(
          "how",
          "many",
          "much",
          "what",
          "which",
          "who",
          "whom",
          "whose",
          "the",
          "a",
          "an",
          "of",
          "with",
          "have",
          "has",
          "had",
          "having",
          "do",
          "does",
          "did",
          "is",
          "are",
          "was",
          "were",
          "be",
          "been",
          "in",
          "on",
          "at",
          "for",
          "to",
          "from",
          "by",
          "and",
          "as",
          "that",
          "there",
          "their",
          "they",
          "it",
          "its",
          "we",
          "our",
          "all",
          "any",
          "ever",
          "diagnosed",
          "diagnosis",
          "suffering",
          "treated",
          "taking",
          "prescribed",
          "received",
          "given",
          "using",
          "recorded",
          "documented",
          "coded",
          "measured",
          "level",
          "levels",
          "value",
          "values",
          "result",
          "results",
          "reading",
          "readings",
          "show",
          "me",
          "list",
          "give",
          "tell",
          "please",
          "can",
          "you",
          "i",
          "want",
          "know",
          "new",
          "get",
          "got",
          "us",
          "among",
          "amongst",
          "seen",
          "patient",
          "patients",
          "people",
          "persons",
          "individuals",
          "population",
          "overall",
          "time",
          "times",
          "number",
          "count",
          "status",
          "currently",
          "total",
          "figure",
          "figures",
          "distinct",
          "unique",
          "record",
          "records",
          "data",
          "warehouse",
          "registered",
          "test",
          "tests",
          "measurement",
          "measurements",
          "observed",
          "observation",
          "observations",
          "or",
          "this",
          "those",
          "these",
          "into",
          "live",
          "lives",
          "take",
          "takes",
          "taken",
          "took",
          "underwent",
          "undergone",
          "undergo",
          "performed",
          "went",
          "go",
          "gone",
          "visited",
          "between",
          "each",
          "across",
          "per",
          "here",
          "so",
          "far",
          "both");

  private static final Pattern UNSUPPORTED =
      Pattern.compile(
          "\\b(why|should|recommend\\w*|best|predict\\w*|forecast\\w*|will|causes?|caused|"
              + "correlat\\w*|cost|costs|costly|paid|pay|price|readmi\\w*|length of stay|survival|"
              + "risk|likely|probability|effective\\w*|outcomes?|sql|delete|update|insert|drop)\\b");
  private static final Pattern THRESHOLD =
      Pattern.compile(
          "\\b(?:more than|less than|fewer than|over|under|above|below|at least|at most|>|<) ?\\d+"
              + " (?:admissions?|visits?|encounters?|times|diagnoses|prescriptions|medications|drugs"
              + "|conditions|procedures|measurements|readings|hospitali[sz]ations|stays|events"
              + "|records|days)\\b");
  private static final Pattern NEGATION =
      Pattern.compile("\\b(without|not|no|never|excluding|except|other than|non)\\b");
  private static final Pattern COMPARE =
      Pattern.compile("\\b(compare|comparison|compared|versus|vs)\\b");

  private final AskVocabulary vocabulary;
  private final Map<String, String> cities;
  private final Map<String, String> states;

  /** What a question parsed to: an interpretation, or a clarification. */
  record Parse(Interpretation interpretation, Clarification clarification) {
    static Parse clarify(String reason, List<String> candidates) {
      return new Parse(null, new Clarification(reason, candidates));
    }
  }

  QuestionParser(AskVocabulary vocabulary, Map<String, String> cities, Map<String, String> states) {
    this.vocabulary = vocabulary;
    this.cities = cities;
    this.states = states;
  }

  /** The interpretation of {@code question} relative to {@code reference}, or a clarification. */
  Parse parse(String question, LocalDate reference) {
    QuestionText text = new QuestionText(question);
    MatchResult unsupported = text.take(UNSUPPORTED);
    if (unsupported != null) {
      return Parse.clarify(
          "'"
              + unsupported.group().strip()
              + "' asks for something ask does not answer (causes,"
              + " predictions, recommendations, costs, outcomes): it counts, rates, ranks, trends"
              + " and averages what the warehouse records.",
          QuestionSlots.EXAMPLES);
    }
    MatchResult threshold = text.take(THRESHOLD);
    if (threshold != null) {
      return Parse.clarify(
          "'"
              + threshold.group().strip()
              + "' counts events per patient, which ask does not do:"
              + " ask for the patients with any, or the events' count.",
          List.of("how many patients had an admission", "how many admissions"));
    }
    if (text.has(TimeWindow.VAGUE)) {
      return Parse.clarify(
          "'recently' names no time window: say which one.",
          List.of("in the last 30 days", "in the past year", "this year", "last year"));
    }
    QuestionSlots slots = new QuestionSlots(text);
    Parse early = slots.readStructure();
    if (early != null) {
      return early;
    }
    TimeWindow window = TimeWindow.take(text, reference);
    if (text.has(TimeWindow.VAGUE)) {
      return Parse.clarify("the time window is not clear: say which one.", List.of("last year"));
    }
    PatientFilter filter = slots.readPatients(cities, states);
    if (filter.sex() == null && slots.bothSexes && slots.grouping == Grouping.NONE) {
      slots.grouping = Grouping.SEX;
    }
    slots.readSubject();
    if (text.has(NEGATION)) {
      return Parse.clarify(
          "ask does not answer questions with a negation ('without', 'not', 'except'): ask for"
              + " the group itself, or a rate.",
          List.of("what percentage of patients have ...", "how many patients have ..."));
    }
    if (text.take(COMPARE) != null && slots.grouping == Grouping.NONE) {
      return Parse.clarify(
          "compare between what groups?",
          List.of("by sex", "by age group", "by race", "by ethnicity", "by city", "by year"));
    }
    return new ConceptSlots(vocabulary, slots, window, filter, reference)
        .finish(text.rest(), question);
  }
}
