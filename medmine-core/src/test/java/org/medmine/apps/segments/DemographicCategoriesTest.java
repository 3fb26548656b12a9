package org.medmine.apps.segments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.cohort.EngineFunctions;
import org.medmine.mining.cluster.AdjustedRand;
import org.medmine.mining.cluster.Clustering;
import org.medmine.mining.cluster.GowerDistance;
import org.medmine.testing.SmallWarehouse;
import org.medmine.warehouse.Warehouse;

/**
 * Race and ethnicity as categories: read from the warehouse, compared for equality, and profiled.
 */
class DemographicCategoriesTest {
  static final List<String> RACES =
      List.of("asian", "black", "hawaiian", "native", "other", "white");
  static final List<String> ETHNICITIES = List.of("hispanic", "nonhispanic");

  /**
   * A planted population: two segments of 60 drawn from the same numeric and disorder
   * distributions, differing only in race (black or white, 3% any race) and ethnicity (hispanic or
   * not, 3% swapped); the numeric columns are normal around the same means.
   */
  static PatientMatrix planted(int[] truth) {
    Random rnd = new Random(11);
    int n = truth.length;
    List<String> columns =
        new ArrayList<>(
            List.of(
                "age",
                "female",
                "log encounters/yr",
                "log acute encounters/yr",
                "log cost/yr",
                "BMI",
                "systolic BP",
                "HbA1c",
                "race",
                "ethnicity",
                "Hypertension",
                "Prediabetes"));
    boolean[] categorical = new boolean[columns.size()];
    for (int j : List.of(1, 8, 9, 10, 11)) {
      categorical[j] = true;
    }
    List<List<String>> levels =
        new ArrayList<>(java.util.Collections.nCopies(columns.size(), List.<String>of()));
    levels.set(PatientMatrix.SEX, List.of("male", "female"));
    levels.set(PatientMatrix.RACE, RACES);
    levels.set(PatientMatrix.ETHNICITY, ETHNICITIES);
    double[][] x = new double[n][columns.size()];
    List<Set<String>> conditions = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int segment = i % 2;
      truth[i] = segment;
      x[i] =
          new double[] {
            45 + 15 * rnd.nextGaussian(),
            rnd.nextInt(2),
            1.5 + 0.3 * rnd.nextGaussian(),
            0.3 + 0.1 * rnd.nextGaussian(),
            8 + rnd.nextGaussian(),
            27 + 4 * rnd.nextGaussian(),
            125 + 12 * rnd.nextGaussian(),
            5.8 + 0.6 * rnd.nextGaussian(),
            rnd.nextDouble() < 0.97
                ? RACES.indexOf(segment == 0 ? "black" : "white")
                : rnd.nextInt(RACES.size()),
            rnd.nextDouble() < 0.97 ? segment : 1 - segment,
            rnd.nextDouble() < 0.3 ? 1 : 0,
            rnd.nextDouble() < 0.3 ? 1 : 0
          };
      Set<String> codes = new TreeSet<>();
      if (x[i][10] == 1) {
        codes.add("59621000");
      }
      if (x[i][11] == 1) {
        codes.add("714628002");
      }
      conditions.add(codes);
    }
    List<String> ids = java.util.stream.IntStream.range(0, n).mapToObj(i -> "test/" + i).toList();
    return new PatientMatrix(
        ids,
        columns,
        categorical,
        levels,
        x,
        conditions,
        Map.of("59621000", "Hypertension (disorder)", "714628002", "Prediabetes (disorder)"));
  }

  @Test
  void raceAndEthnicityAreReadAsCategoriesOfTheWarehouse(@TempDir Path dir) throws Exception {
    try (Warehouse w = SmallWarehouse.copy(dir, "demographics.duckdb")) {
      EngineFunctions.installDuckDb(w.connection());
      PatientMatrix m = PatientMatrix.read(w.connection(), 0.1, 12);
      assertThat(m.columns().subList(PatientMatrix.RACE, PatientMatrix.ETHNICITY + 1))
          .containsExactly("race", "ethnicity");
      assertThat(m.categorical()[PatientMatrix.RACE]).isTrue();
      assertThat(m.categorical()[PatientMatrix.ETHNICITY]).isTrue();
      try (Statement st = w.connection().createStatement();
          ResultSet rs =
              st.executeQuery(
                  "SELECT source || '/' || id, COALESCE(race, 'unknown'), COALESCE(ethnicity, 'unknown')"
                      + " FROM patient WHERE birth_date IS NOT NULL ORDER BY 1")) {
        int i = 0;
        while (rs.next()) {
          assertThat(m.patientIds().get(i)).isEqualTo(rs.getString(1));
          assertThat(m.category(i, PatientMatrix.RACE)).isEqualTo(rs.getString(2));
          assertThat(m.category(i, PatientMatrix.ETHNICITY)).isEqualTo(rs.getString(3));
          i++;
        }
        assertThat(i).isEqualTo(m.patientIds().size());
      }
      // The Euclidean view has no race code column: one indicator per race, exactly one set per
      // patient.
      int races = m.levels().get(PatientMatrix.RACE).size();
      assertThat(races).isGreaterThan(1);
      double[][] e = m.euclidean();
      int multi = m.levels().stream().mapToInt(l -> l.size() > 2 ? l.size() : 0).sum();
      int numeric = (int) m.levels().stream().filter(l -> l.size() <= 2).count();
      assertThat(e[0]).hasSize(numeric + multi);
      if (races > 2) {
        for (double[] row : e) {
          long set =
              java.util.Arrays.stream(row, numeric, numeric + races).filter(v -> v != 0).count();
          assertThat(set).isEqualTo(1);
        }
      }
    }
  }

  @Test
  void gowerCountsADifferentCategoryAsOneWhateverItsCode() {
    PatientMatrix m = planted(new int[120]);
    GowerDistance g = GowerDistance.fit(m.values(), m.categorical());
    double[] a = m.values()[0].clone();
    a[PatientMatrix.RACE] = RACES.indexOf("asian");
    double[] near = a.clone();
    near[PatientMatrix.RACE] = RACES.indexOf("black");
    double[] far = a.clone();
    far[PatientMatrix.RACE] = RACES.indexOf("white");
    int p = m.columns().size();
    assertThat(g.compute(a, near)).isCloseTo(1.0 / p, within(1e-12));
    assertThat(g.compute(a, far)).isCloseTo(1.0 / p, within(1e-12));
    assertThat(g.compute(a, a)).isZero();
  }

  @Test
  void aSegmentThatDiffersOnlyInRaceAndEthnicityIsRecoveredAndProfiled() {
    int[] truth = new int[120];
    PatientMatrix m = planted(truth);
    for (Segmentation.Method method :
        List.of(Segmentation.Method.GOWER, Segmentation.Method.HDBSCAN)) {
      // k-medoids is given the planted k (random sex and disorder columns make other partitions as
      // plausible
      // to a silhouette); HDBSCAN finds the number itself, with clusters of 40 or more (sex splits
      // each
      // segment into two denser halves of 30).
      Segmentation.Options o = new Segmentation.Options(method, 2, 2, 4, Double.NaN, 40, 0.1, 42);
      Clustering c = Segmentation.cluster(m, o);
      assertThat(c.k()).as(method.name()).isEqualTo(2);
      int[] labels = c.labels();
      int[][] table = new int[2][3];
      for (int i = 0; i < 120; i++) {
        table[truth[i]][labels[i] + 1]++;
      }
      // HDBSCAN leaves the sparse fringe as noise: the ARI is over the clustered patients, at most
      // a third noise.
      int[] kept = java.util.stream.IntStream.range(0, 120).filter(i -> labels[i] >= 0).toArray();
      assertThat(kept.length).as(method.name()).isGreaterThanOrEqualTo(80);
      assertThat(
              AdjustedRand.index(
                  java.util.Arrays.stream(kept).map(i -> truth[i]).toArray(),
                  java.util.Arrays.stream(kept).map(i -> labels[i]).toArray()))
          .as(method.name() + " " + java.util.Arrays.deepToString(table))
          .isGreaterThanOrEqualTo(0.9);
      List<SegmentProfile> profiles = Segmentation.profiles(m, labels);
      SegmentProfile black =
          profiles.stream().filter(s -> s.segment() == labels[0]).findFirst().orElseThrow();
      SegmentProfile.CategoryShare top = black.distinctiveDemographics().get(0);
      long members = java.util.Arrays.stream(labels).filter(l -> l == labels[0]).count();
      long blackMembers =
          java.util.stream.IntStream.range(0, 120)
              .filter(
                  i -> labels[i] == labels[0] && m.category(i, PatientMatrix.RACE).equals("black"))
              .count();
      long blackAll =
          java.util.stream.IntStream.range(0, 120)
              .filter(i -> m.category(i, PatientMatrix.RACE).equals("black"))
              .count();
      assertThat(top.feature() + "=" + top.category()).isIn("race=black", "ethnicity=hispanic");
      SegmentProfile.CategoryShare race =
          black.demographics().stream()
              .filter(s -> s.feature().equals("race") && s.category().equals("black"))
              .findFirst()
              .orElseThrow();
      assertThat(race.share())
          .isCloseTo(blackMembers / (double) members, within(1e-12))
          .isGreaterThan(0.85);
      assertThat(race.overall()).isCloseTo(blackAll / 120.0, within(1e-12));
      assertThat(black.distinctiveDemographics()).contains(race);
      // Shares of each feature's categories add up to one in every segment.
      for (SegmentProfile s : profiles) {
        for (String feature : List.of("sex", "race", "ethnicity")) {
          assertThat(
                  s.demographics().stream()
                      .filter(d -> d.feature().equals(feature))
                      .mapToDouble(SegmentProfile.CategoryShare::share)
                      .sum())
              .as(feature)
              .isCloseTo(1.0, within(1e-9));
        }
      }
    }
  }
}
