package org.medmine.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The patterns and dictionaries of the PHI scrubber: one {@link Detector} per way of recognising an
 * identifier of HIPAA §164.514(b)(2)(i). Dictionaries ship as resources beside this class.
 */
final class PhiPatterns {
  /** Lower wins when two candidate spans of the same length compete for the same characters. */
  static final int KNOWN = 0;
  static final int CONTEXT = 1;
  static final int DICTIONARY = 2;

  /** A pattern whose {@code group} is a span of {@code type}. */
  record Detector(Pattern pattern, int group, PhiType type, int priority, Pattern gate) {
    /** Whether the cheap gate lets this detector run on {@code text} at all. */
    boolean mayMatch(String text) {
      return gate == null || gate.matcher(text).find();
    }
  }

  private static final String MONTH =
      "(?:January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";
  private static final String STATES =
      "(?:[A-Z]{2}|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia"
          + "|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts"
          + "|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey"
          + "|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island"
          + "|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia"
          + "|Wisconsin|Wyoming)";
  private static final String CAP = "(?!(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof)\\b)[A-Z][a-z'\\-]+\\d*";
  private static final String B = "(?<![\\p{L}\\p{N}])";
  private static final String E = "(?![\\p{L}\\p{N}])";

  static final Set<String> GIVEN_NAMES = Set.copyOf(words("given-names.txt"));
  static final Set<String> FAMILY_NAMES = Set.copyOf(words("family-names.txt"));
  static final Set<String> CITIES = Set.copyOf(words("cities.txt"));
  static final List<String> STREET_SUFFIXES = words("street-suffixes.txt");

  static final List<Detector> DETECTORS = List.of(
      d(B + "\\d{3}-\\d{2}-\\d{4}" + E, 0, PhiType.SSN, CONTEXT),
      d("(?i)ssn|social", "(?i:\\bssn|social security(?: number| no\\.?)?)\\s*[#:]?\\s*(\\d{9}|\\d{3} \\d{2} \\d{4})" + E, 1, PhiType.SSN, CONTEXT),
      d("@", "[A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,}", 0, PhiType.EMAIL, CONTEXT),
      d("://|www\\.", "\\b(?:(?:https?|ftp)://|www\\.)[^\\s<>\"')\\]]*[^\\s<>\"')\\].,;:!?]", 0, PhiType.URL, CONTEXT),
      d(B + "(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)" + E, 0, PhiType.IP, CONTEXT),
      d(":", "\\b(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}\\b", 0, PhiType.IP, CONTEXT),
      d("\\d{3}\\D{1,2}\\d{3}", "(?<![\\d\\w])(?:\\+?1[-.\\s]?)?(?:\\(\\d{3}\\)\\s?|\\d{3}[-.\\s])\\d{3}[-.\\s]\\d{4}(?:\\s?(?:x|ext\\.?)\\s?\\d{1,5})?" + E,
          0, PhiType.PHONE, CONTEXT),
      d("\\b\\d{4}-\\d{1,2}-\\d{1,2}(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?" + E, 0, PhiType.DATE, CONTEXT),
      d(B + "\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})" + E, 0, PhiType.DATE, CONTEXT),
      d("\\b\\d{4}/\\d{1,2}/\\d{1,2}" + E, 0, PhiType.DATE, CONTEXT),
      d("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec", "\\b" + MONTH + "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?" + E, 0, PhiType.DATE, CONTEXT),
      d("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec", "\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\.?(?:,?\\s+\\d{4})?" + E, 0, PhiType.DATE, CONTEXT),
      d("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec", "\\b" + MONTH + "\\.?,?\\s+\\d{4}" + E, 0, PhiType.DATE, CONTEXT),
      d("\\b(9\\d|1[0-2]\\d)(?=\\s*-?\\s*(?:years?|yrs?|y/?o|year-old)\\b)", 1, PhiType.AGE, CONTEXT),
      d("(?i:\\bage[sd]?\\s*:?\\s*)(9\\d|1[0-2]\\d)" + E, 1, PhiType.AGE, CONTEXT),
      d("(?i:\\b(?:MRN|medical record(?: number| no\\.?)?|record\\s*#|account(?: number| no\\.?| #)?|acct\\.?(?: #| no\\.?)?"
          + "|member(?: id| #| number)|policy(?: number| no\\.?| #)?|plan id|health plan(?: id| number)?|insurance id"
          + "|subscriber id|licen[cs]e(?: number| no\\.?| #)?|driver'?s licen[cs]e|DL|passport(?: number| no\\.?)?"
          + "|device(?: id| serial)?|serial(?: number| no\\.?| #)?|VIN|vehicle(?: id)?|plate|NPI|DEA|certificate(?: number)?"
          + "|badge|employee id|fax))\\s*[#:]?\\s*(?:is\\s+)?((?=[A-Za-z0-9\\-]*\\d)[A-Za-z0-9][A-Za-z0-9\\-]{3,})" + E,
          1, PhiType.ID, CONTEXT),
      d("[0-9a-fA-F]{8}-", "\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b", 0, PhiType.ID, CONTEXT),
      d(B + "[A-Z]{1,3}-?\\d{6,}[A-Z]?" + E, 0, PhiType.ID, CONTEXT),
      d(B + "\\d{7,}" + E, 0, PhiType.ID, DICTIONARY),
      d("\\b\\d{1,6}\\s+(?:[A-Z][A-Za-z'.]*\\d*\\s+){1,4}" + alternation(STREET_SUFFIXES) + "\\b\\.?"
          + "(?:,?\\s+(?:Apt|Apartment|Unit|Suite|Ste|#)\\.?\\s*#?\\w+)?", 0, PhiType.ADDRESS, CONTEXT),
      d("Box", "\\bP\\.?\\s?O\\.?\\s+Box\\s+\\d+", 0, PhiType.ADDRESS, CONTEXT),
      d("\\d{5}", "\\b" + STATES + ",?\\s+(\\d{5}(?:-\\d{4})?)" + E, 1, PhiType.ZIP, CONTEXT),
      d("(?i)zip", "(?i:\\bzip(?:\\s*code)?)\\s*:?\\s*(\\d{5}(?:-\\d{4})?)" + E, 1, PhiType.ZIP, CONTEXT),
      d(", [A-Z]", "\\b([A-Z][a-z]+(?:\\s[A-Z][a-z]+){0,2}),\\s+" + STATES + E, 1, PhiType.CITY, CONTEXT),
      d("\\b(?:lives in|living in|resident of|moved to|city of|town of|relocated to)\\s+([A-Z][a-z]+(?:\\s[A-Z][a-z]+)?)",
          1, PhiType.CITY, CONTEXT),
      d("Dr|Mr|Ms|Miss|Mx|Prof", "\\b(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof)\\.?\\s+(" + CAP + "(?:\\s+" + CAP + ")?)", 1, PhiType.NAME, CONTEXT),
      d("\\b(?:[Pp]atient|[Nn]ame|[Pp]t|[Pp]rovider|[Cc]ontact|[Ss]igned by|[Ss]een by|[Rr]eferred by|[Aa]ttending)\\s*:\\s*("
          + CAP + "(?:\\s+[A-Z]\\.)?(?:\\s+" + CAP + ")?)", 1, PhiType.NAME, CONTEXT),
      d("\\b(?:[Ss]een by|[Ss]igned by|[Rr]eferred by|son|daughter|wife|husband|mother|father|spouse|sister|brother)\\s+("
          + CAP + "(?:\\s+" + CAP + ")?)", 1, PhiType.NAME, CONTEXT),
      d("\\b[A-Z][a-z]+\\d{2,4}" + E, 0, PhiType.NAME, CONTEXT));

  private static final Pattern CAPITALIZED = Pattern.compile(B + "[A-Z][a-z'\\-]+" + E);

  private PhiPatterns() {}

  /**
   * Dictionary matches by token lookup (a regex alternation of hundreds of words is slow): cities of up to
   * three words, a given name with the capitalized word after it, and single given or family names.
   */
  static void dictionaryMatches(String text, java.util.function.Consumer<PhiSpan> out) {
    List<int[]> tokens = new java.util.ArrayList<>();
    Matcher m = CAPITALIZED.matcher(text);
    while (m.find()) {
      tokens.add(new int[] {m.start(), m.end()});
    }
    for (int i = 0; i < tokens.size(); i++) {
      int[] t = tokens.get(i);
      String word = text.substring(t[0], t[1]);
      for (int n = 3; n >= 1; n--) {
        if (i + n <= tokens.size() && adjacent(text, tokens, i, n)
            && CITIES.contains(text.substring(t[0], tokens.get(i + n - 1)[1]))) {
          out.accept(new PhiSpan(t[0], tokens.get(i + n - 1)[1], PhiType.CITY));
          break;
        }
      }
      if (GIVEN_NAMES.contains(word)) {
        out.accept(new PhiSpan(t[0], t[1], PhiType.NAME));
        if (i + 1 < tokens.size() && adjacent(text, tokens, i, 2)) {
          out.accept(new PhiSpan(t[0], tokens.get(i + 1)[1], PhiType.NAME));
        }
      } else if (FAMILY_NAMES.contains(word)) {
        out.accept(new PhiSpan(t[0], t[1], PhiType.NAME));
      }
    }
  }

  /** Whether tokens i..i+n-1 are separated by single spaces only. */
  private static boolean adjacent(String text, List<int[]> tokens, int i, int n) {
    for (int k = i; k < i + n - 1; k++) {
      if (tokens.get(k + 1)[0] - tokens.get(k)[1] != 1 || text.charAt(tokens.get(k)[1]) != ' ') {
        return false;
      }
    }
    return true;
  }

  private static Detector d(String regex, int group, PhiType type, int priority) {
    return new Detector(Pattern.compile(regex), group, type, priority, null);
  }

  /** A detector that runs only on texts where {@code gate} (a cheap pattern) is found. */
  private static Detector d(String gate, String regex, int group, PhiType type, int priority) {
    return new Detector(Pattern.compile(regex), group, type, priority, Pattern.compile(gate));
  }

  /** A regex alternation of literal words, longest first (so "New Bedford" wins over "New"). */
  static String alternation(java.util.Collection<String> words) {
    return words.stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote)
        .collect(Collectors.joining("|", "(?:", ")"));
  }

  private static List<String> words(String resource) {
    try (InputStream in = PhiPatterns.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("privacy resource missing from the build: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).distinct().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
