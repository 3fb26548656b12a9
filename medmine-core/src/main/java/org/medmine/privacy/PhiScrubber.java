package org.medmine.privacy;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds protected health information in free text and replaces each span with its typed placeholder
 * ({@code [NAME]}, {@code [DATE]}, ...). The note is tokenized ({@link NoteTokens}), its sections
 * found ({@link NoteSections}) and its clinical numbers marked ({@link ClinicalNumbers}) first;
 * then the detectors propose spans: the identifying values known for the patient (from the
 * warehouse), formats and labels ({@link PhiPatterns}), dates ({@link DateDetector}), person names
 * ({@link NameDetector}) and places ({@link LocationDetector}). Where candidates overlap, a value
 * known for the patient wins, then the longer span, then the stronger evidence. Each span names the
 * detector that found it. Not thread-safe (it caches the results of short, repeated texts): use one
 * scrubber per thread.
 */
public final class PhiScrubber {
  private static final int CACHED_LENGTH = 256;

  private final Set<PhiType> keep;
  private final NameDetector names = new NameDetector(NameLexicon.get());
  private final LocationDetector places = new LocationDetector(NameLexicon.get());
  private final Map<String, List<PhiCandidate>> cache =
      new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<PhiCandidate>> eldest) {
          return size() > 20_000;
        }
      };

  /** A scrubber that replaces every type. */
  public PhiScrubber() {
    this(Set.of());
  }

  /**
   * A scrubber that leaves the given types in place (a limited data set keeps dates, cities and ZIP
   * codes, HIPAA §164.514(e)(2)).
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
    List<PhiCandidate> candidates = new ArrayList<>(knownSpans(text, known));
    candidates.addAll(patternSpans(text));
    candidates.sort(
        Comparator.comparingInt((PhiCandidate c) -> c.priority() == PhiCandidate.KNOWN ? 0 : 1)
            .thenComparingInt(c -> -c.span().length())
            .thenComparingInt(PhiCandidate::priority)
            .thenComparingInt(c -> c.span().type().ordinal())
            .thenComparingInt(c -> c.span().start()));
    List<PhiSpan> chosen = new ArrayList<>();
    BitSet taken = new BitSet(text.length());
    for (PhiCandidate c : candidates) {
      PhiSpan s = c.span();
      int next = taken.nextSetBit(s.start());
      if (next < 0 || next >= s.end()) {
        chosen.add(s);
        taken.set(s.start(), s.end());
      }
    }
    chosen.removeIf(s -> keep.contains(s.type()));
    chosen.sort(Comparator.comparingInt(PhiSpan::start));
    return joinNames(text, chosen);
  }

  /**
   * Joins name spans that only spaces separate ("[NAME] [NAME]" is one person's given and family
   * name).
   */
  private static List<PhiSpan> joinNames(String text, List<PhiSpan> spans) {
    List<PhiSpan> out = new ArrayList<>(spans.size());
    for (PhiSpan s : spans) {
      PhiSpan last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null
          && last.type() == PhiType.NAME
          && s.type() == PhiType.NAME
          && s.start() - last.end() <= 2
          && text.substring(last.end(), s.start()).isBlank()
          && text.substring(last.end(), s.start()).indexOf('\n') < 0) {
        out.set(out.size() - 1, new PhiSpan(last.start(), s.end(), PhiType.NAME, last.detector()));
      } else {
        out.add(s);
      }
    }
    return out;
  }

  private static List<PhiCandidate> knownSpans(String text, KnownIdentifiers known) {
    List<PhiCandidate> out = new ArrayList<>();
    String lower = text.toLowerCase(Locale.ROOT);
    boolean sameLength = lower.length() == text.length();
    for (Map.Entry<PhiType, Set<String>> e : known.all().entrySet()) {
      boolean caseSensitive =
          e.getKey() == PhiType.NAME || e.getKey() == PhiType.CITY || !sameLength;
      String haystack = caseSensitive ? text : lower;
      for (String value : e.getValue()) {
        String needle = caseSensitive ? value : value.toLowerCase(Locale.ROOT);
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
          int end = at + needle.length();
          if (!wordChar(text, at - 1) && !wordChar(text, end)) {
            out.add(PhiCandidate.of(at, end, e.getKey(), "known", PhiCandidate.KNOWN));
          }
        }
      }
    }
    return out;
  }

  private List<PhiCandidate> patternSpans(String text) {
    boolean cacheable = text.length() <= CACHED_LENGTH;
    if (cacheable) {
      List<PhiCandidate> hit = cache.get(text);
      if (hit != null) {
        return hit;
      }
    }
    List<PhiCandidate> out = new ArrayList<>();
    BitSet clinical = ClinicalNumbers.mask(text);
    NoteTokens tokens = NoteTokens.of(text);
    NoteSections sections = NoteSections.of(text);
    PhiPatterns.find(text, clinical, out);
    DateDetector.find(text, clinical, out);
    names.find(tokens, sections, out);
    places.find(text, tokens, sections, out);
    List<PhiCandidate> result = Collections.unmodifiableList(out);
    if (cacheable) {
      cache.put(text, result);
    }
    return result;
  }

  private static boolean wordChar(String text, int i) {
    return i >= 0 && i < text.length() && Character.isLetterOrDigit(text.charAt(i));
  }
}
