package org.medmine.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The patterns of the PHI scrubber for identifiers with a format or a label: one {@link Detector}
 * per way of recognising an identifier of HIPAA §164.514(b)(2)(i) (numbers, e-mail, URLs, IPs,
 * street addresses, ZIP codes, ages over 89). Names, dates and places have detectors of their own
 * ({@link NameDetector}, {@link DateDetector}, {@link LocationDetector}).
 */
final class PhiPatterns {
  /**
   * A pattern whose {@code group} is a span of {@code type}; {@code name} is reported as the span's
   * detector.
   */
  record Detector(Pattern pattern, int group, PhiType type, String name, List<String> gate) {
    /**
     * Whether the cheap gate (words one of which the lower-cased text must hold) lets this detector
     * run at all.
     */
    boolean mayMatch(String lowerText) {
      if (gate.isEmpty()) {
        return true;
      }
      for (String key : gate) {
        if (lowerText.contains(key)) {
          return true;
        }
      }
      return false;
    }
  }

  private static final String B = "(?<![\\p{L}\\p{N}])";
  private static final String E = "(?![\\p{L}\\p{N}])";
  private static final Set<String> STATES =
      Set.copyOf(
          java.util.Arrays.asList(
              (LocationDetector.STATE_CODES + "|" + LocationDetector.STATE_NAMES)
                  .toLowerCase(Locale.ROOT)
                  .split("\\|")));

  /**
   * A five-digit ZIP code after up to two words (a state, "MA" or "New York"), checked against the
   * states.
   */
  private static final Pattern ZIP_AFTER_STATE =
      Pattern.compile(
          "(?<![\\p{L}])((?:[A-Z][a-z]+ )?[A-Z][A-Za-z]+),?\\s{1,2}" + "(\\d{5}(?:-\\d{4})?)" + E);

  private static final String ID_LABEL =
      "(?i:\\b(?:MRN|MR ?#|MR no\\.?|medical record(?: number| no\\.?| #)?|med rec(?: #| no\\.?)?"
          + "|record\\s*#|unit (?:no|number|#)\\.?|account(?: number| no\\.?| #)?|acct\\.?(?: #| no\\.?)?|encounter(?: #| no\\.?| number)"
          + "|visit (?:#|no\\.?|number)|csn|fin|member(?: id| #| number)|policy(?: number| no\\.?| #)?|plan id"
          + "|health plan(?: id| number)?|insurance id|id(?: number| no\\.?| #)?|subscriber id|licen[cs]e(?: number| no\\.?| #)?"
          + "|driver'?s licen[cs]e|DL|passport(?: number| no\\.?)?|specimen(?: #| no\\.?)?|accession(?: #| no\\.?| number)?"
          + "|device(?: id| serial)?|serial(?: number| no\\.?| #)?|s/n|VIN|vehicle(?: id)?|plate|NPI|DEA|certificate(?: number)?"
          + "|badge|employee id|lot(?: #| no\\.?| number)?|model(?: #| no\\.?)?|pacemaker(?: serial)?))";

  static final List<String> STREET_SUFFIXES = words("street-suffixes.txt");

  static final List<Detector> DETECTORS =
      List.of(
          d(B + "\\d{3}-\\d{2}-\\d{4}" + E, 0, PhiType.SSN, "ssn"),
          d(
              "ssn|social",
              "(?i:\\bssn|social security(?: number| no\\.?)?)\\s*[#:]?\\s*(\\d{9}|\\d{3} \\d{2} \\d{4})"
                  + E,
              1,
              PhiType.SSN,
              "ssn"),
          d("@", "[A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,}", 0, PhiType.EMAIL, "email"),
          d(
              "://|www.",
              "(?i:\\b(?:(?:https?|ftp)://|www\\.))[^\\s<>\"')\\]]*[^\\s<>\"')\\].,;:!?]",
              0,
              PhiType.URL,
              "url"),
          d(
              B
                  + "(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)"
                  + E,
              0,
              PhiType.IP,
              "ip"),
          d(":", "\\b(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}\\b", 0, PhiType.IP, "ip"),
          d(
              "(?<![\\d\\w])(?:\\+?1[-.\\s]?)?(?:\\(\\d{3}\\)\\s?|\\d{3}[-.\\s/])\\d{3}[-.\\s]\\d{4}"
                  + "(?:\\s?(?:x|ext\\.?)\\s?\\d{1,5})?"
                  + E,
              0,
              PhiType.PHONE,
              "phone"),
          d(
              "(?<![\\d\\w.\\-/])\\d{3}[-.]\\d{4}(?:\\s?(?:x|ext\\.?)\\s?\\d{1,5})?" + E,
              0,
              PhiType.PHONE,
              "phone-local"),
          d(
              "pager|pgr|beeper|bpr|ext|phone|cell|tel|fax|call|mobile|number",
              "(?i:\\b(?:pager|pgr|beeper|bpr|ext\\.?|extension|phone|cell|tel\\.?"
                  + "|telephone|fax|mobile|call(?:ed)?(?: at)?|number)\\s*(?:#|no\\.?|number|is|:)?\\s*)(?!\\d{3}-\\d{2}-\\d{4})(\\d[\\d-]{3,9}\\d)"
                  + E,
              1,
              PhiType.PHONE,
              "phone-cue"),
          d(
              "x",
              "(?<![\\p{L}\\p{N}])(?i:x)(\\d{5}|\\d-\\d{4})" + E,
              1,
              PhiType.PHONE,
              "phone-extension"),
          d(
              "\\b(9\\d|1[0-2]\\d)(?=\\s*-?\\s*(?i:years?|yrs?|y/?o|y\\.o\\.|yo|year-old|years-old|yr-old)(?![\\p{L}]))",
              1,
              PhiType.AGE,
              "age"),
          d(
              "age",
              "(?i:\\b(?:age[sd]?|aged)\\s*:?\\s*)(9\\d|1[0-2]\\d)" + E,
              1,
              PhiType.AGE,
              "age"),
          d(
              "(?<![\\p{L}\\p{N}.])(9\\d|1[0-2]\\d) ?(?:M|F|yo|YO)(?![\\p{L}\\p{N}])",
              1,
              PhiType.AGE,
              "age-sex"),
          d(
              "his|her|their|late|early|mid",
              "(?i:\\b(?:in (?:his|her|their) |late |early |mid-?))(9\\ds|nineties)\\b",
              1,
              PhiType.AGE,
              "age"),
          d(
              ID_LABEL
                  + "\\s*[#:]?\\s*(?:is\\s+)?((?=[A-Za-z0-9\\-]*\\d)[A-Za-z0-9][A-Za-z0-9\\-]{3,})"
                  + E,
              1,
              PhiType.ID,
              "id-label"),
          d(
              "-",
              "\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b",
              0,
              PhiType.ID,
              "id-uuid"),
          d(B + "[A-Z]{1,3}-?\\d{6,}[A-Z]?" + E, 0, PhiType.ID, "id-shape"),
          d(B + "\\d{2,4}-\\d{5,}" + E, 0, PhiType.ID, "id-shape"),
          d(B + "\\d{7,}" + E, 0, PhiType.ID, "id-shape"),
          d(
              "\\b\\d{1,6}\\s+(?:[A-Z][A-Za-z'.]*\\d*\\s+){1,4}"
                  + alternation(STREET_SUFFIXES)
                  + "\\b\\.?"
                  + "(?:,?\\s+(?:Apt|Apartment|Unit|Suite|Ste|#)\\.?\\s*#?\\w+)?",
              0,
              PhiType.ADDRESS,
              "address"),
          d(
              "\\b\\d{1,6}\\s+(?!(?:MG|ML|MCG|CC|L|G|KG|TABS?|UNITS?|PUFFS?|DROPS?|MIN|HRS?|DAYS?|X)\\b)(?:[A-Z][A-Z]*\\s+){1,4}"
                  + alternation(
                      STREET_SUFFIXES.stream().map(x -> x.toUpperCase(Locale.ROOT)).toList())
                  + "\\b\\.?",
              0,
              PhiType.ADDRESS,
              "address"),
          d("box", "\\b(?i:P\\.?\\s?O\\.?\\s+Box)\\s+\\d+", 0, PhiType.ADDRESS, "address"),
          d(
              "zip",
              "(?i:\\bzip(?:\\s*code)?)\\s*:?\\s*(\\d{5}(?:-\\d{4})?)" + E,
              1,
              PhiType.ZIP,
              "zip"),
          d(
              "\\b[A-Z][a-z]{2,}\\d{1,4}(?: [A-Z][a-z'\\-]+\\d{1,4}){0,2}" + E,
              0,
              PhiType.NAME,
              "name-synthea"));

  /**
   * Detectors without a label, whose candidates are dropped where they fall on a clinical number.
   */
  private static final Set<String> MASKED = Set.of("phone", "phone-local", "id-shape", "age-sex");

  /** Types that always hold a digit: their detectors are skipped on a text without one. */
  private static final Set<PhiType> NUMERIC =
      java.util.EnumSet.of(
          PhiType.SSN,
          PhiType.IP,
          PhiType.PHONE,
          PhiType.AGE,
          PhiType.ID,
          PhiType.ADDRESS,
          PhiType.ZIP);

  private PhiPatterns() {}

  /**
   * Adds the candidates of every detector whose gate lets it run, less those on clinical numbers.
   */
  static void find(String text, BitSet clinical, List<PhiCandidate> out) {
    String lower = text.toLowerCase(Locale.ROOT);
    boolean digits = lower.chars().anyMatch(Character::isDigit);
    for (Detector d : DETECTORS) {
      if (!d.mayMatch(lower) || !digits && NUMERIC.contains(d.type())) {
        continue;
      }
      Matcher m = d.pattern().matcher(text);
      while (m.find()) {
        int start = m.start(d.group());
        int end = m.end(d.group());
        if (end > start
            && !(MASKED.contains(d.name()) && ClinicalNumbers.overlaps(clinical, start, end))) {
          out.add(PhiCandidate.of(start, end, d.type(), d.name(), PhiCandidate.CONTEXT));
        }
      }
    }
    Matcher z = ZIP_AFTER_STATE.matcher(text);
    while (digits && z.find()) {
      String place = z.group(1).toLowerCase(Locale.ROOT);
      int space = place.indexOf(' ');
      if (STATES.contains(place) || space > 0 && STATES.contains(place.substring(space + 1))) {
        out.add(PhiCandidate.of(z.start(2), z.end(2), PhiType.ZIP, "zip", PhiCandidate.CONTEXT));
      }
    }
  }

  private static Detector d(String regex, int group, PhiType type, String name) {
    return new Detector(Pattern.compile(regex), group, type, name, List.of());
  }

  /**
   * A detector that runs only on texts holding one of the {@code |}-separated lower-case words of
   * {@code gate}.
   */
  private static Detector d(String gate, String regex, int group, PhiType type, String name) {
    return new Detector(Pattern.compile(regex), group, type, name, List.of(gate.split("\\|")));
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
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .distinct()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
