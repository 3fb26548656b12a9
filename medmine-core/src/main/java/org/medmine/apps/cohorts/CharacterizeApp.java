package org.medmine.apps.cohorts;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.medmine.cohort.EventDomain;
import org.medmine.context.AnalysisContext;
import org.medmine.context.App;
import org.medmine.model.MedmineUserException;
import org.medmine.warehouse.WarehouseException;

/**
 * {@code characterize}: the "table 1" of a built cohort ({@link CharacterizeQueries}): age at entry
 * (mean, sd), sex and race (proportions), and the {@value CharacterizeOptions#TOP_CODES} most
 * frequent conditions, drugs and measurements of the year before entry (proportions); with a
 * comparator cohort, each covariate's standardized mean difference ({@link
 * StandardizedMeanDifference}), codes chosen by their larger prevalence in either cohort.
 */
public final class CharacterizeApp implements App<CharacterizeOptions, CharacterizeResult> {
  private static final List<EventDomain> DOMAINS =
      List.of(EventDomain.CONDITION, EventDomain.MEDICATION, EventDomain.MEASUREMENT);

  /** Days of a person-year (the Julian year). */
  static final double DAYS_PER_YEAR = 365.25;

  @Override
  public String name() {
    return "characterize";
  }

  @Override
  public CharacterizeResult run(AnalysisContext context, CharacterizeOptions options) {
    Connection c = context.connection();
    try {
      double[] t = members(c, options.cohort());
      double[] k = options.compare() == null ? null : members(c, options.compare());
      List<CharacterizeResult.Covariate> rows = new ArrayList<>();
      rows.add(
          CharacterizeResult.Covariate.of(
              "demographics",
              "age at entry (years)",
              k == null
                  ? StandardizedMeanDifference.of((long) t[1], t[2], t[3], 0, 0, 0)
                  : StandardizedMeanDifference.of((long) t[1], t[2], t[3], (long) k[1], k[2], k[3]),
              k != null));
      for (String column : List.of("sex", "race")) {
        rows.addAll(binary(c, options, column, t, k, null));
      }
      for (EventDomain d : DOMAINS) {
        rows.addAll(binary(c, options, d.toString(), t, k, d));
      }
      return new CharacterizeResult(
          options.cohort(),
          options.compare(),
          (long) t[0],
          k == null ? null : (long) k[0],
          rows,
          options.outcome() == null ? List.of() : incidence(c, options),
          context.provenance(name(), options, null));
    } catch (SQLException e) {
      throw new WarehouseException("could not characterize the cohorts: " + e.getMessage(), e);
    }
  }

  /** The outcome's incidence per stratum, then over all strata. */
  private static List<CharacterizeResult.Incidence> incidence(
      Connection c, CharacterizeOptions options) throws SQLException {
    members(c, options.outcome());
    List<CharacterizeResult.Incidence> out = new ArrayList<>();
    long events = 0;
    long days = 0;
    for (IncidenceQueries.Stratum s :
        IncidenceQueries.strata(c, options.cohort(), options.outcome())) {
      out.add(
          new CharacterizeResult.Incidence(
              s.sex(), s.ageBand(), s.year(), rate(s.events(), s.days())));
      events += s.events();
      days += s.days();
    }
    out.add(new CharacterizeResult.Incidence("all", "all", null, rate(events, days)));
    return out;
  }

  private static IncidenceRate rate(long events, long days) {
    return IncidenceRate.of(events, days / DAYS_PER_YEAR, 0.95);
  }

  private static double[] members(Connection c, String cohort) throws SQLException {
    double[] age = CharacterizeQueries.age(c, cohort);
    if (age[0] == 0) {
      throw new MedmineUserException(
          "No cohort named '"
              + cohort
              + "' has members in the warehouse: build it first with 'medmine cohort build'.");
    }
    return age;
  }

  private static List<CharacterizeResult.Covariate> binary(
      Connection c, CharacterizeOptions o, String group, double[] t, double[] k, EventDomain domain)
      throws SQLException {
    Map<String, Long> target = counts(c, o.cohort(), group, domain);
    Map<String, Long> compare = k == null ? Map.of() : counts(c, o.compare(), group, domain);
    TreeSet<String> keys = new TreeSet<>(target.keySet());
    keys.addAll(compare.keySet());
    List<String> chosen = new ArrayList<>(keys);
    if (domain != null) {
      Comparator<String> prevalence =
          Comparator.comparingDouble(
              key ->
                  Math.max(
                      target.getOrDefault(key, 0L) / t[0],
                      k == null ? 0 : compare.getOrDefault(key, 0L) / k[0]));
      chosen.sort(prevalence.reversed().thenComparing(Comparator.naturalOrder()));
      chosen = chosen.subList(0, Math.min(CharacterizeOptions.TOP_CODES, chosen.size()));
    }
    List<CharacterizeResult.Covariate> out = new ArrayList<>();
    for (String key : chosen) {
      long nT = (long) t[0];
      long nC = k == null ? 0 : (long) k[0];
      out.add(
          CharacterizeResult.Covariate.of(
              group,
              domain == null ? group + " = " + key : key,
              StandardizedMeanDifference.binary(
                  target.getOrDefault(key, 0L), nT, compare.getOrDefault(key, 0L), nC),
              k != null));
    }
    return out;
  }

  private static Map<String, Long> counts(
      Connection c, String cohort, String column, EventDomain domain) throws SQLException {
    return domain == null
        ? CharacterizeQueries.byPatient(c, cohort, column)
        : CharacterizeQueries.codes(c, cohort, domain);
  }
}
