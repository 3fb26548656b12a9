package org.medmine.apps.segments;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.ml.distance.EuclideanDistance;
import org.medmine.mining.cluster.Clara;
import org.medmine.mining.cluster.Clustering;
import org.medmine.mining.cluster.Dbscan;
import org.medmine.mining.cluster.GowerDistance;
import org.medmine.mining.cluster.Hdbscan;
import org.medmine.mining.cluster.KMeans;
import org.medmine.mining.cluster.KMedoids;
import org.medmine.mining.cluster.Silhouette;
import org.medmine.model.MedmineUserException;

/**
 * Segments the warehouse's patients: {@link PatientMatrix} features, clustered by one of four
 * methods — k-means++ on standardized features with k chosen by silhouette (best of 30 seeded runs
 * per k), DBSCAN on standardized features (ε from the k-distance curve), k-medoids on Gower's
 * distance (mixed data; k by silhouette; CLARA on samples beyond a few thousand patients), or
 * HDBSCAN* on Gower's distance (irregular groups of mixed data, with noise) — and profiled. The
 * Euclidean methods see race and ethnicity as one indicator per category ({@link
 * PatientMatrix#euclidean}), the Gower methods as categories compared for equality.
 */
public final class Segmentation {
  /**
   * Up to this many patients k-medoids works on the whole Gower distance matrix (72 MB); beyond,
   * CLARA clusters samples of this size (Kaufman and Rousseeuw 1990, ch. 3).
   */
  private static final int MATRIX_POINTS = 3000;

  private Segmentation() {}

  /** The clustering method. */
  public enum Method {
    KMEANS,
    DBSCAN,
    GOWER,
    HDBSCAN;

    /**
     * The method named {@code s}; "kmedoids" is another name for gower (k-medoids on Gower's
     * distance).
     */
    public static Method parse(String s) {
      String name = s.trim().toUpperCase(Locale.ROOT).replace("-", "");
      try {
        return "KMEDOIDS".equals(name) ? GOWER : valueOf(name);
      } catch (IllegalArgumentException e) {
        throw new MedmineUserException(
            "Unknown segmentation method '"
                + s
                + "': use kmeans, kmedoids (gower), dbscan or hdbscan.");
      }
    }
  }

  /**
   * @param method the clustering method
   * @param kMin smallest k tried (k-means, Gower)
   * @param kMax largest k tried
   * @param minPts DBSCAN's minimum neighbourhood; HDBSCAN's core-distance neighbour
   * @param eps DBSCAN's radius, or NaN for the 0.9 quantile of the k-distance curve
   * @param minClusterSize HDBSCAN's smallest cluster, or 0 for 1% of the patients (at least 5)
   * @param minPrevalence a disorder becomes a feature from this prevalence on
   * @param seed the seed of k-means++ and k-medoids
   */
  public record Options(
      Method method,
      int kMin,
      int kMax,
      int minPts,
      double eps,
      int minClusterSize,
      double minPrevalence,
      long seed) {
    public Options {
      if (kMin < 2 || kMax < kMin) {
        throw new MedmineUserException(
            "k must range over at least 2 (--k-min 2 --k-max 6, say), not "
                + kMin
                + ".."
                + kMax
                + ".");
      }
      if (minPts < 1) {
        throw new MedmineUserException("--min-pts must be at least 1, not " + minPts + ".");
      }
      if (!Double.isNaN(eps) && !(eps > 0 && Double.isFinite(eps))) {
        throw new MedmineUserException(
            "--eps must be a positive radius (e.g. 1.5), not " + eps + ".");
      }
      if (minClusterSize != 0 && minClusterSize < 2) {
        throw new MedmineUserException(
            "--min-cluster-size must be at least 2 (or 0 for 1% of the patients), not "
                + minClusterSize
                + ".");
      }
    }

    public static Options defaults(Method method) {
      return new Options(method, 2, 6, 4, Double.NaN, 0, 0.1, 42);
    }

    /** HDBSCAN's smallest cluster for {@code n} patients. */
    public int minClusterSize(int n) {
      return minClusterSize > 0 ? minClusterSize : Math.max(5, Math.round(n / 100f));
    }
  }

  /** A segmentation with its profiles and parameters. */
  public record Result(
      Options options,
      PatientMatrix matrix,
      Clustering clustering,
      List<SegmentProfile> profiles) {}

  public static Result run(Connection warehouse, Options options) {
    PatientMatrix m = PatientMatrix.read(warehouse, options.minPrevalence(), 12);
    if (m.patientIds().size() < Math.max(options.kMax() + 1, 5)) {
      throw new MedmineUserException(
          "The warehouse has "
              + m.patientIds().size()
              + " patients: too few to segment (need more than k-max).");
    }
    Clustering c = cluster(m, options);
    return new Result(options, m, c, profiles(m, c.labels()));
  }

  /** Clusters an already read matrix by the options' method. */
  public static Clustering cluster(PatientMatrix m, Options options) {
    double[][] z = m.euclidean();
    return switch (options.method()) {
      case KMEANS -> KMeans.chooseK(z, options.kMin(), options.kMax(), 30, options.seed());
      case DBSCAN -> {
        double eps =
            Double.isNaN(options.eps())
                ? Dbscan.epsFromKDistance(z, options.minPts(), 0.9, new EuclideanDistance())
                : options.eps();
        yield Dbscan.fit(z, eps, options.minPts(), new EuclideanDistance());
      }
      case GOWER -> {
        GowerDistance gower = GowerDistance.fit(m.values(), m.categorical());
        int n = m.values().length;
        double[][] d = n <= MATRIX_POINTS ? gower.matrix(m.values()) : null;
        Clustering best = null;
        for (int k = options.kMin(); k <= options.kMax(); k++) {
          Clustering ck =
              d != null
                  ? KMedoids.fit(d, k, 10, options.seed())
                  : Clara.fit(m.values(), gower, k, 5, MATRIX_POINTS, options.seed());
          if (best == null || ck.silhouette() > best.silhouette()) {
            best = ck;
          }
        }
        yield new Clustering(
            "Gower "
                + best.method()
                + " (k by silhouette over "
                + options.kMin()
                + ".."
                + options.kMax()
                + ")",
            best.labels(),
            best.k(),
            best.silhouette(),
            best.objective());
      }
      case HDBSCAN -> {
        double[][] gower = GowerDistance.fit(m.values(), m.categorical()).embed(m.values());
        Clustering h =
            Hdbscan.fit(
                gower,
                options.minClusterSize(m.values().length),
                options.minPts(),
                Hdbscan.Metric.MANHATTAN);
        yield new Clustering(
            h.method().replace("manhattan", "on Gower's distance"),
            h.labels(),
            h.k(),
            h.silhouette(),
            h.objective());
      }
    };
  }

  /** The profile of each segment (noise last), from the unstandardized features. */
  public static List<SegmentProfile> profiles(PatientMatrix m, int[] labels) {
    int n = labels.length;
    Map<String, Integer> overall = new HashMap<>();
    m.conditions().forEach(s -> s.forEach(c -> overall.merge(c, 1, Integer::sum)));
    Map<Integer, List<Integer>> members =
        new TreeMap<>(Comparator.comparingInt(l -> l < 0 ? Integer.MAX_VALUE : l));
    for (int i = 0; i < n; i++) {
      members.computeIfAbsent(labels[i], k -> new ArrayList<>()).add(i);
    }
    List<SegmentProfile> out = new ArrayList<>();
    for (Map.Entry<Integer, List<Integer>> e : members.entrySet()) {
      List<Integer> rows = e.getValue();
      double[][] x = m.values();
      double age = rows.stream().mapToDouble(i -> x[i][0]).average().orElse(Double.NaN);
      double female = rows.stream().mapToDouble(i -> x[i][1]).average().orElse(Double.NaN);
      double enc = rows.stream().mapToDouble(i -> Math.expm1(x[i][2])).average().orElse(Double.NaN);
      double cost =
          rows.stream().mapToDouble(i -> Math.expm1(x[i][4])).average().orElse(Double.NaN);
      Map<String, Integer> inSegment = new HashMap<>();
      rows.forEach(i -> m.conditions().get(i).forEach(c -> inSegment.merge(c, 1, Integer::sum)));
      List<SegmentProfile.Distinctive> distinctive = new ArrayList<>();
      inSegment.forEach(
          (code, count) -> {
            double prev = count / (double) rows.size();
            double all = overall.get(code) / (double) n;
            if (prev >= 0.25 && prev / all > 1) {
              distinctive.add(
                  new SegmentProfile.Distinctive(
                      code, m.displays().get(code), prev, all, prev / all));
            }
          });
      distinctive.sort(
          Comparator.comparingDouble(SegmentProfile.Distinctive::ratio)
              .reversed()
              .thenComparing(
                  Comparator.comparingDouble(SegmentProfile.Distinctive::prevalence).reversed())
              .thenComparing(SegmentProfile.Distinctive::code));
      out.add(
          new SegmentProfile(
              e.getKey(),
              rows.size(),
              age,
              female,
              enc,
              cost,
              List.copyOf(distinctive.subList(0, Math.min(5, distinctive.size()))),
              demographics(m, rows)));
    }
    return out;
  }

  /**
   * The share of each sex, race and ethnicity category among {@code rows} and in the whole matrix.
   */
  static List<SegmentProfile.CategoryShare> demographics(PatientMatrix m, List<Integer> rows) {
    return categoryShares(m, rows, PatientMatrix.DEMOGRAPHICS);
  }

  /** The share of each category of {@code columns} among {@code rows} and in the whole matrix. */
  static List<SegmentProfile.CategoryShare> categoryShares(
      PatientMatrix m, List<Integer> rows, List<Integer> columns) {
    List<SegmentProfile.CategoryShare> out = new ArrayList<>();
    int n = m.values().length;
    for (int column : columns) {
      String feature = column == PatientMatrix.SEX ? "sex" : m.columns().get(column);
      int[] all = new int[m.levels().get(column).size()];
      int[] in = new int[all.length];
      for (int i = 0; i < n; i++) {
        all[(int) m.values()[i][column]]++;
      }
      rows.forEach(i -> in[(int) m.values()[i][column]]++);
      for (int level = 0; level < all.length; level++) {
        if (all[level] > 0) {
          double share = in[level] / (double) rows.size();
          double overall = all[level] / (double) n;
          out.add(
              new SegmentProfile.CategoryShare(
                  feature, m.levels().get(column).get(level), share, overall, share / overall));
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * The Euclidean silhouette of labels on the standardized matrix (for reports comparing methods).
   */
  static double silhouette(PatientMatrix m, int[] labels) {
    return Silhouette.mean(Silhouette.euclidean(m.euclidean()), labels);
  }
}
