package org.medmine.apps.fraud;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.medmine.mining.anomaly.IsolationForest;
import org.medmine.mining.anomaly.RobustZ;
import org.medmine.model.MedmineUserException;

/**
 * The claims-fraud screen: every provider's features ({@link ProviderFeatures}) compared with its
 * specialty peers by robust z-scores (all providers are the peers when a specialty has too few), an
 * isolation forest over the z-score matrix, and one combined score — the mean of the isolation
 * score and {@code 1 − exp(−z⁺/5)}, where z⁺ is the provider's largest positive z-score — that
 * ranks the providers. A feature whose z-score reaches {@link Options#reasonZ()} is a reason, and
 * the reasons say why a provider ranks where it does.
 */
public final class FraudScreen {
  private FraudScreen() {}

  /**
   * @param minClaims providers with fewer claims are not screened (their rates are noise)
   * @param reasonZ the robust z-score from which a feature counts as a reason
   * @param minPeers a specialty with fewer providers is compared with all providers
   * @param trees isolation-forest trees
   * @param seed the isolation forest's seed
   */
  public record Options(int minClaims, double reasonZ, int minPeers, int trees, long seed) {
    public Options {
      if (minClaims < 1) {
        throw new MedmineUserException("--min-claims must be at least 1, not " + minClaims + ".");
      }
      if (reasonZ <= 0) {
        throw new MedmineUserException("--reason-z must be positive, not " + reasonZ + ".");
      }
    }

    /** At least 10 claims, reasons from z = 3.5, peer groups of at least 8, 200 trees, seed 42. */
    public static Options defaults() {
      return new Options(10, 3.5, 8, 200, 42);
    }

    public Options withSeed(long s) {
      return new Options(minClaims, reasonZ, minPeers, trees, s);
    }
  }

  /**
   * The ranked providers and the ranked claims, most suspicious first, with the parameters that
   * produced them.
   *
   * @param options the parameters
   * @param findings the screened providers, ranked
   * @param claims the medical claims with at least one reason, ranked ({@link ClaimRanking})
   */
  public record Result(Options options, List<FraudFinding> findings, List<ClaimFinding> claims) {
    public Result {
      findings = List.copyOf(findings);
      claims = List.copyOf(claims);
    }
  }

  /** Screens the providers of {@code warehouse}. */
  public static Result run(Connection warehouse, Options options) {
    Result providers = score(ProviderFeatures.read(warehouse, options.minClaims()), options);
    return new Result(
        options, providers.findings(), ClaimRanking.rank(warehouse, options, providers.findings()));
  }

  /**
   * Scores provider feature rows (exposed for tests on synthetic rows); the result has no claims.
   */
  public static Result score(List<ProviderFeatures.Row> rows, Options options) {
    if (rows.isEmpty()) {
      return new Result(options, List.of(), List.of());
    }
    FraudFeature[] features = FraudFeature.values();
    Map<String, List<ProviderFeatures.Row>> bySpecialty = new HashMap<>();
    rows.forEach(r -> bySpecialty.computeIfAbsent(r.specialty(), k -> new ArrayList<>()).add(r));
    double[][] z = new double[rows.size()][features.length];
    double[][] medians = new double[rows.size()][features.length];
    for (int f = 0; f < features.length; f++) {
      FraudFeature feature = features[f];
      Map<String, RobustZ> fits = new HashMap<>();
      RobustZ overall = fit(rows, feature);
      for (int i = 0; i < rows.size(); i++) {
        ProviderFeatures.Row r = rows.get(i);
        List<ProviderFeatures.Row> peers = bySpecialty.get(r.specialty());
        RobustZ fit =
            peers.size() >= options.minPeers()
                ? fits.computeIfAbsent(r.specialty(), s -> fit(peers, feature))
                : overall;
        z[i][f] = fit.z(feature.scaled(r.values().get(feature), r.claims()));
        medians[i][f] = fit.median();
      }
    }
    double[][] clipped = new double[z.length][];
    for (int i = 0; i < z.length; i++) {
      clipped[i] = z[i].clone();
      for (int f = 0; f < features.length; f++) {
        clipped[i][f] = Math.max(-10, Math.min(50, clipped[i][f]));
      }
    }
    IsolationForest forest = IsolationForest.fit(clipped, options.trees(), 256, options.seed());
    List<FraudFinding> findings = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      ProviderFeatures.Row r = rows.get(i);
      double iso = forest.score(clipped[i]);
      double maxZ = 0;
      List<FraudReason> reasons = new ArrayList<>();
      Map<FraudFeature, Double> zs = new EnumMap<>(FraudFeature.class);
      for (int f = 0; f < features.length; f++) {
        zs.put(features[f], z[i][f]);
        maxZ = Math.max(maxZ, z[i][f]);
        if (z[i][f] >= options.reasonZ()) {
          reasons.add(
              FraudReason.of(features[f], r.values().get(features[f]), medians[i][f], z[i][f]));
        }
      }
      reasons.sort(Comparator.comparingDouble(FraudReason::z).reversed());
      double combined = (iso + (1 - Math.exp(-maxZ / 5))) / 2;
      findings.add(new FraudFinding(r, combined, iso, maxZ, zs, reasons));
    }
    findings.sort(
        Comparator.comparingDouble(FraudFinding::score)
            .reversed()
            .thenComparing(f -> f.row().providerId()));
    return new Result(options, findings, List.of());
  }

  private static RobustZ fit(List<ProviderFeatures.Row> peers, FraudFeature feature) {
    double[] v =
        peers.stream()
            .mapToDouble(r -> feature.scaled(r.values().get(feature), r.claims()))
            .toArray();
    return RobustZ.fit(v, feature.minScale());
  }
}
