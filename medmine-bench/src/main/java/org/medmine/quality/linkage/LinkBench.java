package org.medmine.quality.linkage;

import java.util.List;
import java.util.Locale;

/**
 * The linkage benchmark of issue 30: {@link HouseholdPopulation} (core's test generator of
 * households, twins, juniors and re-registrations with a desk's errors) at growing sizes, linked in
 * memory from nothing (a full run: blocking, EM, scoring, clustering), then 1% more records linked
 * incrementally. Prints records, candidate pairs, seconds, microseconds per record, and pairwise
 * precision and recall with the false merges by kind. Lives in the linkage package (a split package
 * of the bench module) because the generator is package-private.
 *
 * <p>{@code LinkBench [--households N,N,...] [--seed S]}; default 2200 and 22000 households (about
 * 10,000 and 100,000 records).
 */
public final class LinkBench {
  private LinkBench() {}

  public static void main(String[] args) {
    String sizes = "2200,22000";
    long seed = 3;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--households" -> sizes = args[i + 1];
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        default -> {
          System.err.println("usage: LinkBench [--households N,N,...] [--seed S]");
          System.exit(2);
        }
      }
    }
    PatientLinker.Options options = PatientLinker.Options.defaults();
    for (String size : sizes.split(",")) {
      HouseholdPopulation.Generated g =
          HouseholdPopulation.generate(Integer.parseInt(size.strip()), seed);
      List<PatientRecord> all = g.records().stream().map(PatientRecord::of).toList();
      int base = all.size() - all.size() / 100;
      PatientLinker.link(all.subList(0, Math.min(2_000, base)), options);
      long t0 = System.nanoTime();
      PatientLinker.Result full = PatientLinker.link(all.subList(0, base), options);
      double fullSeconds = (System.nanoTime() - t0) / 1e9;
      long t1 = System.nanoTime();
      PatientLinker.Result inc =
          PatientLinker.update(
              all,
              new PatientLinker.PriorIndex(
                  full.clusterOf(), full.model(), List.of(), full.nextNumber()),
              options,
              false);
      double incSeconds = (System.nanoTime() - t1) / 1e9;
      MpiEvaluation e = MpiEvaluation.of(inc.clusterOf(), g);
      System.out.printf(
          Locale.ROOT,
          "%d households, %d persons, %d records (seed %d):%n",
          Integer.parseInt(size.strip()),
          g.persons().size(),
          all.size(),
          seed);
      System.out.printf(
          Locale.ROOT,
          "  full run on %d records: %d pairs compared, %.2f s, %.1f us/record%n",
          base,
          full.candidatePairs(),
          fullSeconds,
          fullSeconds * 1e6 / base);
      System.out.printf(
          Locale.ROOT,
          "  incremental run adding %d records: %d pairs compared, %d records clustered"
              + " again, %.2f s%n",
          all.size() - base,
          inc.candidatePairs(),
          inc.region().size(),
          incSeconds);
      System.out.printf(Locale.ROOT, "  %s%n", e);
    }
  }
}
