package org.medmine.apps.ask;

import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.medmine.apps.ask.Interpretation.Grouping;
import org.medmine.apps.ask.Interpretation.Measure;
import org.medmine.apps.ask.Interpretation.PatientFilter;
import org.medmine.apps.ask.Interpretation.Subject;
import org.medmine.apps.ask.QuestionParser.Parse;

/**
 * The structural slots of a question as {@link QuestionParser} reads them, in order: the measure
 * (count, rate, top-N, average, distribution), the grouping (a period or a patient attribute), the
 * patient filters, the encounter class and what is counted. Mutable while one question is read.
 */
final class QuestionSlots {
  /** Questions of each kind ask answers, offered when a question asks for something else. */
  static final List<String> EXAMPLES =
      List.of(
          "how many women over 65 have heart failure?",
          "what percentage of patients have hypertension?",
          "top 5 conditions among men",
          "admissions by month in 2020",
          "average a1c of patients with type 2 diabetes by sex");

  private static final String NUMBER_WORDS =
      "(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)";
  private static final Pattern TOP =
      Pattern.compile(
          "\\b(?:the )?(?:top|first) "
              + NUMBER_WORDS
              + "(?: most (?:common|frequent|prevalent))?\\b|\\b(?:the )?"
              + NUMBER_WORDS
              + " most (?:common|frequent|frequently \\w+|prevalent)\\b|\\b(?:the )?(?:top|most"
              + " (?:common|frequent|frequently \\w+|prevalent)|commonest|leading)\\b");
  private static final Pattern RATE =
      Pattern.compile(
          "\\b(?:what |which )?(?:percentage|percent|proportion|share|fraction|prevalence|rate)"
              + "(?: of)?\\b|%");
  private static final Pattern AVERAGE = Pattern.compile("\\b(?:the )?(average|mean|avg)\\b");
  private static final Pattern DISTRIBUTION =
      Pattern.compile(
          "\\b(?:the )?(distribution|spread|median|quartiles|summary statistics)(?: of)?\\b");
  private static final Pattern COUNT =
      Pattern.compile("\\b(how many|number of|count of|count|total number of|how often)\\b");
  private static final Pattern PERIOD =
      Pattern.compile(
          "\\b(?:(?:broken down |split |grouped )?(?:by|per|each|every|for each|in each) (day|week|month|year)"
              + "|(daily|weekly|monthly|yearly|annually|annual))\\b");
  private static final Pattern TREND =
      Pattern.compile("\\b(trends?|over time|time series|evolution|changed?)\\b(?: (?:in|of))?");
  private static final Pattern GROUP =
      Pattern.compile(
          "\\b(?:by|per|for each|in each|of each|each|across|broken down by|split by|stratified by|grouped by)"
              + " (?:the )?(?:patient |patients )?(sex|gender|race|ethnicity|age groups?|age bands?|age"
              + " brackets?|city|cities|town|state|encounter class(?:es)?|encounter types?|visit types?|class"
              + " of encounter|type of encounter|type of visit|class)\\b");
  private static final Pattern TOP_DOMAIN =
      Pattern.compile(
          "\\b(?:(condition|diagnose|diagnosis|disease|problem|disorder)s?|diagnoses"
              + "|(medication|drug|med|prescription|medicine)s?|(procedure)s?)\\b");
  private static final Pattern INPATIENT_NOUN =
      Pattern.compile(
          "\\b(?:hospital |inpatient )?(admissions?|hospitali[sz]ations?|hospital stays?|inpatient"
              + " stays?|inpatient encounters?|inpatient visits?)\\b");
  private static final Pattern INPATIENT_VERB =
      Pattern.compile(
          "\\b(?:were |was )?(admitted(?: to (?:the )?hospital)?|hospitali[sz]ed|inpatients?)\\b");
  private static final Pattern EMERGENCY =
      Pattern.compile(
          "\\b(?:emergency department|emergency room|emergency|ed|er|a&e)( visits?| encounters?)?\\b");
  private static final Pattern AMBULATORY =
      Pattern.compile(
          "\\b(?:ambulatory|outpatient|office|clinic)( visits?| encounters?| care)?\\b");
  private static final Pattern HOME_HEALTH =
      Pattern.compile("\\b(?:home health|home care|home)( visits?| encounters?)?\\b");
  private static final Pattern ENCOUNTER_NOUN = Pattern.compile("\\b(encounters?|visits?)\\b");
  private static final Pattern EVENT_NOUN =
      Pattern.compile(
          "\\b(?:(diagnoses|new cases|cases|new diagnoses)|(prescriptions|medication orders|"
              + "medication requests)|(procedures performed|procedures)|(measurements|readings))\\b");
  private static final Pattern AGE_MEASURE = Pattern.compile("\\b(ages?|how old)\\b");

  private static final Pattern PEOPLE =
      Pattern.compile(
          "\\b(patients?|people|persons?|individuals|population|women|men|females?|males?|children|"
              + "kids|adults|elderly|seniors)\\b");

  private static final Pattern PEOPLE_COUNTED =
      Pattern.compile(
          "\\b(?:how many|number of|count of|count|total number of|percentage of|proportion of|share"
              + " of|fraction of|percent of) (?:the )?(?:(?!admissions?|visits?|encounters?|stays?"
              + "|hospitali[sz]ations?|diagnoses|prescriptions|procedures|measurements)[a-z-]+ ){0,2}"
              + "(?:patients|people|persons|individuals|women|men|children|kids|adults|females|males)\\b");

  private final QuestionText text;
  final boolean peopleNamed;
  final boolean peopleCounted;
  Measure measure;
  Grouping grouping = Grouping.NONE;
  int limit = 10;
  Subject subject;
  Subject topDomain;
  String encounterClass;
  boolean bothSexes;
  boolean ageMeasured;
  boolean measureDefaulted;

  QuestionSlots(QuestionText text) {
    this.text = text;
    this.peopleNamed = text.has(PEOPLE);
    this.peopleCounted = text.has(PEOPLE_COUNTED);
  }

  /** Reads the measure and the grouping; a clarification when either is missing or unclear. */
  Parse readStructure() {
    MatchResult m;
    if ((m = text.take(TOP)) != null) {
      measure = Measure.TOP;
      String n = m.group(1) != null ? m.group(1) : m.group(2);
      limit = n == null ? 10 : number(n);
    } else if (text.take(AVERAGE) != null) {
      measure = Measure.AVERAGE;
    } else if (text.take(DISTRIBUTION) != null) {
      measure = Measure.DISTRIBUTION;
    } else if (text.take(RATE) != null) {
      measure = Measure.RATE;
    } else if (text.take(COUNT) != null) {
      measure = Measure.COUNT;
    }
    if ((m = text.take(PERIOD)) != null) {
      String unit = m.group(1) != null ? m.group(1) : m.group(2);
      grouping = period(unit);
      text.take(TREND);
    } else if ((m = text.take(GROUP)) != null) {
      grouping = attribute(m.group(1));
    } else if (text.has(TREND)) {
      return Parse.clarify(
          "a trend needs a unit of time: by day, week, month or year?",
          List.of("by day", "by week", "by month", "by year"));
    }
    bothSexes = PatientSlots.takeBothSexes(text);
    if (measure == null && (grouping != Grouping.NONE || bothSexes)) {
      measure = Measure.COUNT;
      measureDefaulted = true;
    }
    if (measure == null) {
      return Parse.clarify(
          "the question asks for no count, rate, top list, trend or average that ask can compute.",
          EXAMPLES);
    }
    return null;
  }

  /** Reads the patient filters. */
  PatientFilter readPatients(Map<String, String> cities, Map<String, String> states) {
    AgeBand age = AgeBand.take(text);
    if (measure == Measure.AVERAGE || measure == Measure.DISTRIBUTION) {
      ageMeasured = text.take(AGE_MEASURE) != null;
    }
    String ethnicity = PatientSlots.takeEthnicity(text);
    String race = PatientSlots.takeRace(text);
    String city = PatientSlots.takePlace(text, cities);
    String state = PatientSlots.takePlace(text, states);
    Boolean alive = PatientSlots.takeAlive(text);
    String sex = PatientSlots.takeSex(text);
    return new PatientFilter(sex, age, race, ethnicity, city, state, alive);
  }

  /** Reads the encounter class and what is counted (a top list's table). */
  void readSubject() {
    MatchResult m;
    if (measure == Measure.TOP && (m = text.take(TOP_DOMAIN)) != null) {
      topDomain =
          m.group(1) != null || m.group().startsWith("diagnoses")
              ? Subject.CONDITIONS
              : m.group(2) != null ? Subject.MEDICATIONS : Subject.PROCEDURES;
    }
    if (text.take(INPATIENT_NOUN) != null) {
      encounterClass = "IMP";
      subject = Subject.ENCOUNTERS;
    } else if (text.take(INPATIENT_VERB) != null) {
      encounterClass = "IMP";
    } else if ((m = text.take(EMERGENCY)) != null) {
      encounterClass = "EMER";
      subject = m.group(1) != null ? Subject.ENCOUNTERS : null;
    } else if ((m = text.take(AMBULATORY)) != null) {
      encounterClass = "AMB";
      subject = m.group(1) != null ? Subject.ENCOUNTERS : null;
    } else if ((m = text.take(HOME_HEALTH)) != null) {
      encounterClass = "HH";
      subject = m.group(1) != null ? Subject.ENCOUNTERS : null;
    }
    if (text.take(ENCOUNTER_NOUN) != null) {
      subject = Subject.ENCOUNTERS;
    }
    if (peopleCounted) {
      subject = null;
    }
    if (subject == null && !peopleCounted && (m = text.take(EVENT_NOUN)) != null) {
      subject =
          m.group(1) != null
              ? Subject.CONDITIONS
              : m.group(2) != null
                  ? Subject.MEDICATIONS
                  : m.group(3) != null ? Subject.PROCEDURES : Subject.OBSERVATIONS;
    }
  }

  private static Grouping period(String unit) {
    return switch (unit) {
      case "day", "daily" -> Grouping.DAY;
      case "week", "weekly" -> Grouping.WEEK;
      case "month", "monthly" -> Grouping.MONTH;
      default -> Grouping.YEAR;
    };
  }

  private static Grouping attribute(String word) {
    if (word.startsWith("sex") || word.startsWith("gender")) {
      return Grouping.SEX;
    }
    if (word.startsWith("age")) {
      return Grouping.AGE_BAND;
    }
    return switch (word) {
      case "race" -> Grouping.RACE;
      case "ethnicity" -> Grouping.ETHNICITY;
      case "city", "cities", "town" -> Grouping.CITY;
      case "state" -> Grouping.STATE;
      default -> Grouping.CLASS;
    };
  }

  private static int number(String n) {
    return switch (n) {
      case "fifteen" -> 15;
      case "twenty" -> 20;
      default -> TimeWindow.number(n);
    };
  }
}
