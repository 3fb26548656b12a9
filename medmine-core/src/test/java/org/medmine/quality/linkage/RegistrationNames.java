package org.medmine.quality.linkage;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Names for {@link HouseholdPopulation}, drawn with realistic skew: a Zipf–Mandelbrot law over
 * common names (so "smith" and "james" recur) with a long tail of rare made-up names, and the
 * spellings registration desks confuse (Catherine / Kathryn).
 */
final class RegistrationNames {
  static final List<String> FAMILY =
      List.of(
          "smith",
          "johnson",
          "williams",
          "brown",
          "jones",
          "garcia",
          "miller",
          "davis",
          "rodriguez",
          "martinez",
          "hernandez",
          "lopez",
          "gonzalez",
          "wilson",
          "anderson",
          "thomas",
          "taylor",
          "moore",
          "jackson",
          "martin",
          "lee",
          "perez",
          "thompson",
          "white",
          "harris",
          "sanchez",
          "clark",
          "ramirez",
          "lewis",
          "robinson",
          "walker",
          "young",
          "allen",
          "king",
          "wright",
          "scott",
          "torres",
          "nguyen",
          "hill",
          "flores",
          "green",
          "adams",
          "nelson",
          "baker",
          "hall",
          "rivera",
          "campbell",
          "mitchell",
          "carter",
          "roberts",
          "gomez",
          "phillips",
          "evans",
          "turner",
          "diaz",
          "parker",
          "cruz",
          "edwards",
          "collins",
          "reyes",
          "stewart",
          "morris",
          "morales",
          "murphy",
          "cook",
          "rogers",
          "gutierrez",
          "ortiz",
          "morgan",
          "cooper",
          "peterson",
          "bailey",
          "reed",
          "kelly",
          "howard",
          "ramos",
          "kim",
          "cox",
          "ward",
          "richardson",
          "watson",
          "brooks");
  static final List<String> MALE =
      List.of(
          "james",
          "robert",
          "john",
          "michael",
          "david",
          "william",
          "richard",
          "joseph",
          "thomas",
          "christopher",
          "charles",
          "daniel",
          "matthew",
          "anthony",
          "mark",
          "donald",
          "steven",
          "paul",
          "andrew",
          "joshua",
          "kenneth",
          "kevin",
          "brian",
          "george",
          "timothy",
          "ronald",
          "edward",
          "jason",
          "jeffrey",
          "ryan",
          "jacob",
          "gary",
          "nicholas",
          "eric",
          "jonathan",
          "stephen",
          "larry",
          "justin",
          "scott",
          "brandon",
          "benjamin",
          "samuel",
          "gregory",
          "alexander",
          "patrick",
          "frank",
          "raymond",
          "jack",
          "dennis",
          "jerry",
          "tyler",
          "aaron",
          "jose",
          "adam",
          "nathan",
          "henry",
          "zachary",
          "douglas",
          "peter",
          "kyle",
          "noah",
          "ethan",
          "jeremy",
          "walter",
          "christian",
          "keith",
          "roger",
          "terry",
          "austin",
          "sean",
          "gerald",
          "carl",
          "dylan",
          "harold",
          "jordan",
          "jesse",
          "bryan",
          "lawrence",
          "arthur",
          "gabriel",
          "bruce",
          "logan",
          "albert",
          "willie",
          "alan",
          "eugene",
          "russell",
          "vincent",
          "philip",
          "bobby",
          "johnny",
          "bradley");
  static final List<String> FEMALE =
      List.of(
          "mary",
          "patricia",
          "jennifer",
          "linda",
          "elizabeth",
          "barbara",
          "susan",
          "jessica",
          "sarah",
          "karen",
          "lisa",
          "nancy",
          "betty",
          "sandra",
          "margaret",
          "ashley",
          "kimberly",
          "emily",
          "donna",
          "michelle",
          "carol",
          "amanda",
          "melissa",
          "deborah",
          "stephanie",
          "dorothy",
          "rebecca",
          "sharon",
          "laura",
          "cynthia",
          "amy",
          "kathleen",
          "angela",
          "shirley",
          "brenda",
          "emma",
          "anna",
          "pamela",
          "nicole",
          "samantha",
          "katherine",
          "christine",
          "helen",
          "debra",
          "rachel",
          "carolyn",
          "janet",
          "maria",
          "catherine",
          "heather",
          "diane",
          "olivia",
          "julie",
          "joyce",
          "victoria",
          "ruth",
          "virginia",
          "lauren",
          "kelly",
          "christina",
          "joan",
          "evelyn",
          "judith",
          "andrea",
          "hannah",
          "megan",
          "cheryl",
          "jacqueline",
          "martha",
          "madison",
          "teresa",
          "gloria",
          "sara",
          "janice",
          "ann",
          "kathryn",
          "abigail",
          "sophia",
          "frances",
          "jean",
          "alice",
          "judy",
          "isabella",
          "julia",
          "grace",
          "amber",
          "denise",
          "danielle",
          "marilyn",
          "beverly",
          "charlotte");

  /** Spellings of one sound that desks mix up, both ways. */
  static final Map<String, String> PHONETIC =
      Map.ofEntries(
          Map.entry("catherine", "kathryn"),
          Map.entry("kathryn", "catherine"),
          Map.entry("katherine", "catherine"),
          Map.entry("stephen", "steven"),
          Map.entry("steven", "stephen"),
          Map.entry("sarah", "sara"),
          Map.entry("sara", "sarah"),
          Map.entry("jon", "john"),
          Map.entry("philip", "phillip"),
          Map.entry("jeffrey", "geoffrey"),
          Map.entry("ann", "anne"),
          Map.entry("brian", "bryan"),
          Map.entry("bryan", "brian"),
          Map.entry("alan", "allen"),
          Map.entry("eric", "erik"),
          Map.entry("carl", "karl"),
          Map.entry("christina", "kristina"),
          Map.entry("nicholas", "nicolas"),
          Map.entry("zachary", "zackary"),
          Map.entry("isabella", "isabela"),
          Map.entry("megan", "meghan"),
          Map.entry("jacqueline", "jaqueline"),
          Map.entry("teresa", "theresa"),
          Map.entry("rebecca", "rebekah"),
          Map.entry("madison", "madisyn"),
          Map.entry("sean", "shaun"),
          Map.entry("gerald", "jerald"),
          Map.entry("frances", "francis"),
          Map.entry("cheryl", "sheryl"),
          Map.entry("marilyn", "marylin"));

  private static final String[] SYLLABLES = {
    "ka", "lo", "mi", "ra", "ten", "vo", "sul", "dri", "nea", "pho", "gu", "zel", "bar", "tis",
    "quen", "mor", "al", "ve", "dun", "ish", "ock", "wyn", "pel", "ar"
  };

  private RegistrationNames() {}

  /**
   * A family name: one of the common list by a Zipf law, or (one time in three) a rare made-up one.
   */
  static String family(Random random) {
    return random.nextInt(3) == 0 ? madeUp(random, 3) : zipf(FAMILY, random);
  }

  /**
   * A given name for sex {@code male} or {@code female}: common by a Zipf law, or one time in eight
   * rare.
   */
  static String given(Random random, String sex) {
    return random.nextInt(8) == 0
        ? madeUp(random, 2)
        : zipf(sex.equals("male") ? MALE : FEMALE, random);
  }

  /**
   * A Zipf–Mandelbrot law, weight 1/(rank + 10): the commonest name about 4% of the list's draws
   * (Smith is about 0.8% of the US population, James about 3% of men), the hundredth still drawn.
   */
  private static String zipf(List<String> names, Random random) {
    double total = 0;
    for (int i = 1; i <= names.size(); i++) {
      total += 1.0 / (i + 10);
    }
    double x = random.nextDouble() * total;
    for (int i = 1; i <= names.size(); i++) {
      x -= 1.0 / (i + 10);
      if (x <= 0) {
        return names.get(i - 1);
      }
    }
    return names.get(names.size() - 1);
  }

  private static String madeUp(Random random, int syllables) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < syllables; i++) {
      b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    return b.toString();
  }
}
