package org.medmine.privacy;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds places smaller than a state (HIPAA §164.514(b)(2)(i)(B)) that are not street addresses:
 * hospitals, clinics and nursing homes by the word that ends their name ("Mercy Hospital", "St.
 * Anne's Medical Center"), wards and buildings by their shape after a transfer cue ("transferred to
 * Ellison 11", "7 North"), towns from the US place list ({@link NameLexicon}) when the name is
 * unambiguous or a cue ("lives in", "from", "City, ST") vouches for it, and US states written out.
 * All-caps notes are matched as they are written.
 */
final class LocationDetector {
  private static final String WORD = "(?:St\\.|Mt\\.|[A-Z][A-Za-z'\u2019\\-]*[A-Za-z])";
  private static final String FACILITY =
      "(?i:hospitals?|medical cent(?:er|re)|health cent(?:er|re)|health ?care|"
          + "health system|health services|clinic|infirmary|rehab(?:ilitation)?(?: cent(?:er|re)| hospital)?|"
          + "nursing (?:home|cent(?:er|re)|facility)|care cent(?:er|re)|hospice|manor|institute|medical group|"
          + "medical associates|pediatrics|cancer cent(?:er|re)|heart cent(?:er|re)|surg(?:ery|ical) cent(?:er|re)|"
          + "dialysis(?: cent(?:er|re)| unit)?|urgent care|assisted living|senior living|rest home|convalescent home|"
          + "pharmacy|family practice|medical practice|health partners|physicians)";
  private static final Pattern FACILITY_NAME =
      Pattern.compile(
          "(?<![\\p{L}])((?:"
              + WORD
              + "|of|and|the|&)"
              + "(?:[ -](?:"
              + WORD
              + "|of|and|the|&)){0,5})[ -]"
              + FACILITY
              + "(?:(?: of| at) "
              + WORD
              + "(?: "
              + WORD
              + "){0,2})?"
              + "(?![\\p{L}])");
  private static final Pattern SAINT =
      Pattern.compile(
          "(?<![\\p{L}])(?:St\\.?|Saint|ST\\.?|SAINT) [A-Z][A-Za-z]+(?:'s|\u2019s|'S)?"
              + "(?: (?:"
              + FACILITY
              + "|Medical|Regional|General|Memorial|Hospital))*");
  private static final Pattern WARD =
      Pattern.compile(
          "(?i:transferred to|transfer to|xfer to|moved to|returned to|"
              + "admitted to|back to|sent to|on|from|to)\\s+(?:the\\s+)?([A-Z][a-z]+(?: [A-Z][a-z]+)? (?:\\d{1,2}|[A-Z]\\d?)"
              + "(?: (?:North|South|East|West|N|S|E|W))?)(?![\\p{L}\\p{N}])");
  private static final Pattern WARD_DIRECTION =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}/.])(?:\\d{1,2} ?(?:North|South|East|West"
              + "|NORTH|SOUTH|EAST|WEST)|(?:North|South|East|West|NORTH|SOUTH|EAST|WEST) ?\\d{1,2})(?![\\p{L}\\p{N}])");
  private static final Pattern BUILDING =
      Pattern.compile(
          "(?<![\\p{L}])([A-Z][a-z]+(?: [A-Z][a-z]+)? (?:Building|Pavilion|"
              + "Tower|Wing|Ward|Unit|House|Hall|BUILDING|PAVILION|TOWER|WING))(?![\\p{L}])");
  static final String STATE_NAMES =
      "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|"
          + "Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|"
          + "Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|"
          + "North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|"
          + "Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming";
  private static final Pattern STATE =
      Pattern.compile(
          "(?<![\\p{L}])(?:"
              + STATE_NAMES
              + "|"
              + STATE_NAMES.toUpperCase(Locale.ROOT)
              + ")(?![\\p{L}])");
  static final String STATE_CODES =
      "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|"
          + "NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY";
  private static final Pattern CITY_STATE =
      Pattern.compile(
          "(?<![\\p{L}])((?:[A-Z][a-z]+|[A-Z]{2,})(?:[ -](?:[A-Z][a-z]+|[A-Z]{2,})){0,2}),"
              + " ?("
              + STATE_CODES
              + "|"
              + STATE_NAMES
              + "|"
              + STATE_NAMES.toUpperCase(Locale.ROOT)
              + ")(?![\\p{L}])");
  private static final Set<String> TOWN_CUES =
      Set.copyOf(
          java.util.Arrays.asList(
              "in",
              "from",
              "to",
              "near",
              "of",
              "at",
              "outside",
              "around",
              "visiting",
              "resides",
              "lives",
              "living",
              "moved",
              "born",
              "raised",
              "native",
              "returned",
              "travel",
              "trip",
              "vacation",
              "vacationing",
              "resident",
              "home",
              "town",
              "city",
              "transferred",
              "via"));
  private static final Set<String> LEADING_NOISE =
      Set.copyOf(
          java.util.Arrays.asList(
              "the",
              "pt",
              "patient",
              "at",
              "to",
              "from",
              "admitted",
              "transferred",
              "seen",
              "in",
              "and",
              "of",
              "sent",
              "osh",
              "prior",
              "outside",
              "was",
              "is",
              "went",
              "follows",
              "followed",
              "by",
              "with",
              "per",
              "called",
              "discharged",
              "returned",
              "rehab",
              "back",
              "home",
              "now",
              "cc",
              "transfer",
              "xfer",
              "presented",
              "presents",
              "came",
              "arrived",
              "taken",
              "brought",
              "ems",
              "ambulance"));

  private static final List<String> FACILITY_WORDS =
      List.of(
          "hospital",
          "medical",
          "health",
          "clinic",
          "infirmary",
          "rehab",
          "nursing",
          "care",
          "hospice",
          "manor",
          "institute",
          "pediatrics",
          "cent",
          "dialysis",
          "living",
          "home",
          "pharmacy",
          "practice",
          "partners",
          "physicians");
  private static final List<String> STATE_WORDS =
      java.util.Arrays.stream(STATE_NAMES.split("\\|"))
          .map(s -> s.toLowerCase(Locale.ROOT).split(" ")[0])
          .distinct()
          .toList();

  private final NameLexicon lex;

  LocationDetector(NameLexicon lex) {
    this.lex = lex;
  }

  /** Adds the location, town and state candidates of a note. */
  void find(String text, NoteTokens tokens, NoteSections sections, List<PhiCandidate> out) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (any(lower, FACILITY_WORDS)) {
      facilities(text, out);
    }
    if (any(lower, List.of("st.", "st ", "saint"))) {
      regex(SAINT, 0, text, PhiType.LOCATION, "location-facility", out);
    }
    Matcher w = WARD.matcher(text);
    while (lower.chars().anyMatch(Character::isDigit) && w.find()) {
      String first = w.group(1).split(" ")[0].toLowerCase(Locale.ROOT);
      if (!lex.isEnglish(first) && !lex.isClinical(first)) {
        out.add(
            PhiCandidate.of(
                w.start(1), w.end(1), PhiType.LOCATION, "location-ward", PhiCandidate.CONTEXT));
      }
    }
    if (any(lower, List.of("north", "south", "east", "west"))) {
      regex(WARD_DIRECTION, 0, text, PhiType.LOCATION, "location-ward", out);
    }
    Matcher b = BUILDING.matcher(text);
    while (any(
            lower,
            List.of("building", "pavilion", "tower", "wing", "ward", "unit", "house", "hall"))
        && b.find()) {
      String first = b.group(1).split(" ")[0].toLowerCase(Locale.ROOT);
      if (!lex.isEnglish(first) && !lex.isClinical(first)) {
        out.add(
            PhiCandidate.of(
                b.start(1), b.end(1), PhiType.LOCATION, "location-building", PhiCandidate.CONTEXT));
      }
    }
    if (any(lower, STATE_WORDS)) {
      regex(STATE, 0, text, PhiType.STATE, "location-state", out);
    }
    citiesWithStates(text, out);
    towns(tokens, sections, out);
  }

  /**
   * "City, ST" and "City, State": a two-letter code that is also a credential (MD, PA) only when
   * the city is a known place or a ZIP code follows.
   */
  private void citiesWithStates(String text, List<PhiCandidate> out) {
    Matcher cs = CITY_STATE.matcher(text);
    while (text.indexOf(',') >= 0 && cs.find()) {
      boolean code = cs.group(2).length() == 2;
      boolean credential =
          code
              && Set.of("MD", "PA", "MS", "ME", "OR", "IN", "OK", "DE", "CO", "HI", "SC", "NE")
                  .contains(cs.group(2));
      boolean vouched =
          !code
              || !credential && lex.isPlace(titleCase(cs.group(1)))
              || text.startsWith(" ", cs.end())
                  && cs.end() + 6 <= text.length()
                  && text.substring(cs.end() + 1, cs.end() + 6).matches("\\d{5}");
      if (vouched && !lex.isClinical(cs.group(1).toLowerCase(Locale.ROOT))) {
        out.add(
            PhiCandidate.of(
                cs.start(1), cs.end(1), PhiType.CITY, "location-city-state", PhiCandidate.CONTEXT));
        out.add(
            PhiCandidate.of(
                cs.start(2),
                cs.end(2),
                PhiType.STATE,
                "location-city-state",
                PhiCandidate.CONTEXT));
      }
    }
  }

  /**
   * Facility names, without the lead-in words a greedy match takes ("Transferred from Mercy
   * Hospital").
   */
  private void facilities(String text, List<PhiCandidate> out) {
    Matcher m = FACILITY_NAME.matcher(text);
    while (m.find()) {
      int start = m.start(1);
      String lead = m.group(1);
      int cut = 0;
      for (String word : lead.split(" ")) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (!(LEADING_NOISE.contains(lower)
            || lex.isClinical(lower) && !word.equals(word.toUpperCase(Locale.ROOT)))) {
          break;
        }
        cut += word.length() + 1;
      }
      if (cut < lead.length()) {
        out.add(
            PhiCandidate.of(
                start + cut, m.end(), PhiType.LOCATION, "location-facility", PhiCandidate.CONTEXT));
      }
    }
  }

  /**
   * Towns of the place list: several words, or one unambiguous word, or one vouched for by a cue
   * before it.
   */
  private void towns(NoteTokens t, NoteSections sections, List<PhiCandidate> out) {
    for (int i = 0; i < t.size(); i++) {
      if (!townWord(t, i)) {
        continue;
      }
      for (int n = 3; n >= 1; n--) {
        int last = i + n - 1;
        if (last >= t.size() || !sameLineWords(t, i, last)) {
          continue;
        }
        String name = titleCase(t, i, last);
        if (!lex.isPlace(name)) {
          continue;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        boolean shouted = t.shape(i) == NoteTokens.Shape.UPPER && !t.upperCaseNote();
        boolean plain =
            !shouted
                && (n > 1 || !lex.isEnglish(lower) && !lex.isName(lower) && !lex.isClinical(lower));
        String before = i > 0 && t.isWord(i - 1) ? t.lower(i - 1) : "";
        boolean cued = TOWN_CUES.contains(before) && !lex.isClinical(lower);
        if ((plain || cued) && !(plain && !cued && n == 1 && sections.inList(t.start(i)))) {
          out.add(
              PhiCandidate.of(
                  t.start(i),
                  t.end(last),
                  PhiType.CITY,
                  plain ? "location-town-list" : "location-town-cue",
                  plain && n == 1 ? PhiCandidate.DICTIONARY : PhiCandidate.CONTEXT));
          i = last;
          break;
        }
      }
    }
  }

  private static boolean townWord(NoteTokens t, int i) {
    NoteTokens.Shape s = t.shape(i);
    return t.end(i) - t.start(i) > 2
        && (s == NoteTokens.Shape.CAPITALISED || s == NoteTokens.Shape.UPPER);
  }

  private static boolean sameLineWords(NoteTokens t, int i, int last) {
    for (int k = i; k < last; k++) {
      if (!t.isWord(k + 1) || !t.sameLineGap(k) || t.start(k + 1) - t.end(k) != 1) {
        return false;
      }
    }
    return true;
  }

  private static String titleCase(NoteTokens t, int i, int last) {
    StringBuilder b = new StringBuilder();
    for (int k = i; k <= last; k++) {
      String w = t.lower(k);
      if (k > i) {
        b.append(' ');
      }
      b.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
    }
    return b.toString();
  }

  private static boolean any(String lower, List<String> keys) {
    for (String k : keys) {
      if (lower.contains(k)) {
        return true;
      }
    }
    return false;
  }

  private static String titleCase(String words) {
    StringBuilder b = new StringBuilder(words.length());
    boolean start = true;
    for (char c : words.toCharArray()) {
      b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
      start = c == ' ' || c == '-';
    }
    return b.toString();
  }

  private static void regex(
      Pattern p, int group, String text, PhiType type, String detector, List<PhiCandidate> out) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(PhiCandidate.of(m.start(group), m.end(group), type, detector, PhiCandidate.CONTEXT));
    }
  }
}
