package org.medmine.apps.surveillance;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.medmine.cohort.CodeSet;
import org.medmine.cohort.Region;
import org.medmine.mining.timeseries.Granularity;
import org.medmine.model.MedmineUserException;

/**
 * What to count: patients with a condition onset or an observation whose code is in {@code codes},
 * per period, split by region and restricted to an age band.
 *
 * @param name the syndrome's name
 * @param codes codes ("444814009") or system-qualified codes ("http://snomed.info/sct|444814009");
 *     see {@link #codeSets}
 * @param granularity day or ISO week
 * @param region how to split: none, state, county, city or zip3 ({@link Region})
 * @param ageBand null for all ages, else "LOW-HIGH" in whole years ("18-44") or "LOW+" ("65+")
 * @param from first day counted (null: the earliest event)
 * @param to last day counted (null: the latest event)
 */
public record SyndromeQuery(
    String name,
    List<String> codes,
    Granularity granularity,
    Region region,
    String ageBand,
    @JsonSerialize(using = ToStringSerializer.class) LocalDate from,
    @JsonSerialize(using = ToStringSerializer.class) LocalDate to) {

  /**
   * The acute respiratory illness of {@link #RESPIRATORY}, weekly, in all regions and ages, over
   * all the data.
   */
  public static SyndromeQuery respiratory() {
    return new SyndromeQuery(
        "respiratory", RESPIRATORY, Granularity.WEEK, Region.NONE, null, null, null);
  }

  /** The period of a syndrome series called {@code name}: day or week, or a user error. */
  public static Granularity granularity(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "day" -> Granularity.DAY;
      case "week" -> Granularity.WEEK;
      default ->
          throw new MedmineUserException("--granularity must be day or week, not '" + name + "'.");
    };
  }

  /**
   * Acute respiratory illness as Synthea codes it (SNOMED CT): sinusitis, bronchitis, pharyngitis,
   * COVID-19, pneumonia, influenza.
   */
  public static final List<String> RESPIRATORY =
      List.of("444814009", "10509002", "195662009", "840539006", "233604007", "6142004");

  /** Refuses no codes and an age band that is not LOW-HIGH or LOW+, as user errors. */
  public SyndromeQuery {
    codes = List.copyOf(codes);
    if (codes.isEmpty()) {
      throw new MedmineUserException("a syndrome needs at least one code: fix the option.");
    }
    codeSets(codes);
    parseAgeBand(ageBand);
  }

  /**
   * The codes as code sets ({@link CodeSet}): the bare codes in any system, the system-qualified
   * ones ("system|code") in their system. An event matches when its code is in any of them.
   */
  public List<CodeSet> codeSets() {
    return codeSets(codes);
  }

  private static List<CodeSet> codeSets(List<String> codes) {
    Map<String, List<String>> bySystem =
        new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
    for (String code : codes) {
      int bar = code.lastIndexOf('|');
      bySystem
          .computeIfAbsent(bar < 0 ? null : code.substring(0, bar), k -> new ArrayList<>())
          .add(code.substring(bar + 1));
    }
    List<CodeSet> out = new ArrayList<>();
    bySystem.forEach((system, inSystem) -> out.add(CodeSet.of(system, inSystem)));
    return out;
  }

  /** [low, high] years of the age band; high is Integer.MAX_VALUE for "65+". */
  public int[] ageBounds() {
    return parseAgeBand(ageBand);
  }

  private static int[] parseAgeBand(String ageBand) {
    if (ageBand == null) {
      return null;
    }
    try {
      return bounds(ageBand.strip());
    } catch (NumberFormatException e) {
      throw new MedmineUserException(
          "age band '" + ageBand + "' is not LOW-HIGH or LOW+: fix the option.", e);
    }
  }

  private static int[] bounds(String b) {
    if (b.endsWith("+")) {
      return new int[] {Integer.parseInt(b.substring(0, b.length() - 1)), Integer.MAX_VALUE};
    }
    String[] parts = b.split("-");
    if (parts.length != 2) {
      throw new NumberFormatException(b);
    }
    return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
  }
}
