package org.medmine.privacy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Finds protected health information in free text and replaces each span with its typed placeholder
 * ({@code [NAME]}, {@code [DATE]}, ...). Three sources of evidence, strongest first: the identifying values
 * known for the patient (from the warehouse), contextual patterns (labels, formats, "Dr. X", "City, ST"), and
 * dictionaries of names and places. Where candidates overlap, the longer span wins, then the stronger source.
 * Not thread-safe (it caches the pattern matches of short, repeated texts).
 */
public final class PhiScrubber {
  private static final int CACHED_LENGTH = 256;

  /** A candidate span and the strength of its evidence (lower is stronger). */
  private record Candidate(PhiSpan span, int priority) {}

  private final Set<PhiType> keep;
  private final Map<String, List<Candidate>> cache =
      new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Candidate>> eldest) {
          return size() > 20_000;
        }
      };

  /** A scrubber that replaces every type. */
  public PhiScrubber() {
    this(Set.of());
  }

  /**
   * A scrubber that leaves the given types in place (a limited data set keeps dates, cities and ZIP codes,
   * HIPAA §164.514(e)(2)).
   */
  public PhiScrubber(Set<PhiType> keep) {
    this.keep = Set.copyOf(keep);
  }

  /** Scrubs a text with patterns and dictionaries only. */
  public ScrubResult scrub(String text) {
    return scrub(text, KnownIdentifiers.NONE);
  }

  /** Scrubs a text, also finding every occurrence of the patient's known identifying values. */
  public ScrubResult scrub(String text, KnownIdentifiers known) {
    List<PhiSpan> spans = find(text, known);
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    for (PhiSpan s : spans) {
      out.append(text, at, s.start()).append(s.type().placeholder());
      at = s.end();
    }
    out.append(text, at, text.length());
    return new ScrubResult(out.toString(), spans);
  }

  /** The spans a scrub would replace, in text order, not overlapping. */
  public List<PhiSpan> find(String text, KnownIdentifiers known) {
    List<Candidate> candidates = new ArrayList<>(knownSpans(text, known));
    candidates.addAll(patternSpans(text));
    candidates.sort(
        Comparator.comparingInt((Candidate c) -> -c.span().length())
            .thenComparingInt(Candidate::priority)
            .thenComparingInt(c -> c.span().type().ordinal())
            .thenComparingInt(c -> c.span().start()));
    List<PhiSpan> chosen = new ArrayList<>();
    for (Candidate c : candidates) {
      if (chosen.stream().noneMatch(s -> s.overlaps(c.span()))) {
        chosen.add(c.span());
      }
    }
    chosen.removeIf(s -> keep.contains(s.type()));
    chosen.sort(Comparator.comparingInt(PhiSpan::start));
    return chosen;
  }

  private static List<Candidate> knownSpans(String text, KnownIdentifiers known) {
    List<Candidate> out = new ArrayList<>();
    String lower = text.toLowerCase(Locale.ROOT);
    boolean sameLength = lower.length() == text.length();
    for (Map.Entry<PhiType, Set<String>> e : known.all().entrySet()) {
      boolean caseSensitive = e.getKey() == PhiType.NAME || e.getKey() == PhiType.CITY || !sameLength;
      String haystack = caseSensitive ? text : lower;
      for (String value : e.getValue()) {
        String needle = caseSensitive ? value : value.toLowerCase(Locale.ROOT);
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
          int end = at + needle.length();
          if (!wordChar(text, at - 1) && !wordChar(text, end)) {
            out.add(new Candidate(new PhiSpan(at, end, e.getKey()), PhiPatterns.KNOWN));
          }
        }
      }
    }
    return out;
  }

  private List<Candidate> patternSpans(String text) {
    boolean cacheable = text.length() <= CACHED_LENGTH;
    if (cacheable) {
      List<Candidate> hit = cache.get(text);
      if (hit != null) {
        return hit;
      }
    }
    List<Candidate> out = new ArrayList<>();
    for (PhiPatterns.Detector d : PhiPatterns.DETECTORS) {
      if (!d.mayMatch(text)) {
        continue;
      }
      Matcher m = d.pattern().matcher(text);
      while (m.find()) {
        if (m.end(d.group()) > m.start(d.group())) {
          out.add(new Candidate(new PhiSpan(m.start(d.group()), m.end(d.group()), d.type()), d.priority()));
        }
      }
    }
    PhiPatterns.dictionaryMatches(text, span -> out.add(new Candidate(span, PhiPatterns.DICTIONARY)));
    List<Candidate> result = Collections.unmodifiableList(out);
    if (cacheable) {
      cache.put(text, result);
    }
    return result;
  }

  private static boolean wordChar(String text, int i) {
    return i >= 0 && i < text.length() && Character.isLetterOrDigit(text.charAt(i));
  }
}
