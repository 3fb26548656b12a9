package org.medmine.apps.ask;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * The patient filters a question names, taken out of its text: sex ("women", "males"), race and
 * ethnicity (the warehouse's OMB categories), living or deceased, and where patients live (a city
 * or state the warehouse holds, after "in", "from" or "living in"). Words for both sexes ("men and
 * women") ask for a comparison by sex, not a filter.
 */
final class PatientSlots {
  private static final Pattern BOTH_SEXES =
      Pattern.compile(
          "\\b(?:(?:men|males?) (?:and|vs|versus|compared to|compared with|or) (?:women|females?)"
              + "|(?:women|females?) (?:and|vs|versus|compared to|compared with|or) (?:men|males?))\\b");
  private static final Pattern FEMALE =
      Pattern.compile("\\b(women|woman|females?|girls?|ladies)\\b");
  private static final Pattern MALE = Pattern.compile("\\b(men|man|males?|boys?)\\b");
  private static final Pattern NON_HISPANIC =
      Pattern.compile("\\b(non-hispanic|non hispanic|not hispanic|nonhispanic)\\b");
  private static final Pattern HISPANIC =
      Pattern.compile("\\b(hispanic(?: or latino|/latino)?|latino|latina|latinx)\\b");
  private static final Pattern ALIVE = Pattern.compile("\\b(living|alive|still alive)\\b");
  private static final Pattern DECEASED =
      Pattern.compile("\\b(?:who )?(deceased|dead|who died|who have died|have died|died)\\b");
  private static final Map<String, Pattern> RACES =
      Map.of(
          "white", Pattern.compile("\\b(white|caucasian)\\b"),
          "black", Pattern.compile("\\b(black|african american)\\b"),
          "asian", Pattern.compile("\\basian\\b"),
          "native", Pattern.compile("\\b(native american|american indian|alaska native)\\b"),
          "hawaiian", Pattern.compile("\\b(native hawaiian|hawaiian|pacific islander)\\b"));
  private static final String STATES =
      "alabama:AL,alaska:AK,arizona:AZ,arkansas:AR,california:CA,colorado:CO,connecticut:CT,"
          + "delaware:DE,florida:FL,georgia:GA,hawaii:HI,idaho:ID,illinois:IL,indiana:IN,iowa:IA,"
          + "kansas:KS,kentucky:KY,louisiana:LA,maine:ME,maryland:MD,massachusetts:MA,michigan:MI,"
          + "minnesota:MN,mississippi:MS,missouri:MO,montana:MT,nebraska:NE,nevada:NV,"
          + "new hampshire:NH,new jersey:NJ,new mexico:NM,new york:NY,north carolina:NC,"
          + "north dakota:ND,ohio:OH,oklahoma:OK,oregon:OR,pennsylvania:PA,rhode island:RI,"
          + "south carolina:SC,south dakota:SD,tennessee:TN,texas:TX,utah:UT,vermont:VT,"
          + "virginia:VA,washington:WA,west virginia:WV,wisconsin:WI,wyoming:WY";

  private PatientSlots() {}

  /** Whether the question names both sexes, taking the words out. */
  static boolean takeBothSexes(QuestionText text) {
    return text.take(BOTH_SEXES) != null;
  }

  /** The sex a question names, or null; both named is a comparison ({@link #takeBothSexes}). */
  static String takeSex(QuestionText text) {
    if (text.take(FEMALE) != null) {
      return "female";
    }
    return text.take(MALE) != null ? "male" : null;
  }

  static String takeEthnicity(QuestionText text) {
    if (text.take(NON_HISPANIC) != null) {
      return "nonhispanic";
    }
    return text.take(HISPANIC) != null ? "hispanic" : null;
  }

  static String takeRace(QuestionText text) {
    for (String race : List.of("hawaiian", "native", "white", "black", "asian")) {
      if (text.take(RACES.get(race)) != null) {
        return race;
      }
    }
    return null;
  }

  static Boolean takeAlive(QuestionText text) {
    if (text.take(ALIVE) != null) {
      return true;
    }
    return text.take(DECEASED) != null ? false : null;
  }

  /**
   * The city of {@code cities} (lower case to the warehouse's spelling) a question names after
   * "in", "from" or "living in", longest name first; or null.
   */
  static String takePlace(QuestionText text, Map<String, String> places) {
    List<String> names =
        places.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();
    for (String name : names) {
      MatchResult m =
          text.take(
              Pattern.compile(
                  "\\b(?:in|from|living in|who live in|residents of|resident in|residing in)"
                      + " (?:the )?(?:city of |town of |state of )?"
                      + Pattern.quote(name)
                      + "\\b"));
      if (m != null) {
        return places.get(name);
      }
    }
    return null;
  }

  /** State names and codes in lower case, to the code. */
  static Map<String, String> stateNames(List<String> codes) {
    Map<String, String> out = new TreeMap<>();
    for (String pair : STATES.split(",")) {
      String[] nc = pair.split(":");
      if (codes.contains(nc[1])) {
        out.put(nc[0], nc[1]);
        out.put(nc[1].toLowerCase(Locale.ROOT), nc[1]);
      }
    }
    for (String code : codes) {
      out.putIfAbsent(code.toLowerCase(Locale.ROOT), code);
    }
    return out;
  }
}
