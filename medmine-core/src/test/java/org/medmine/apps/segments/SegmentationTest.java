package org.medmine.apps.segments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.cohort.EngineFunctions;
import org.medmine.mining.cluster.AdjustedRand;
import org.medmine.testing.SmallWarehouse;
import org.medmine.warehouse.Warehouse;

/** Segmentation of the 20-patient warehouse: features, every method, profiles against a recount. */
class SegmentationTest {
  @TempDir static Path dir;
  static Warehouse warehouse;

  @BeforeAll
  static void open() throws Exception {
    warehouse = SmallWarehouse.copy(dir, "segments.duckdb");
    EngineFunctions.installDuckDb(warehouse.connection());
  }

  @AfterAll
  static void close() {
    warehouse.close();
  }

  @Test
  void theMatrixHasOnePatientPerRowAndTheirSex() throws Exception {
    PatientMatrix m = PatientMatrix.read(warehouse.connection(), 0.1, 12);
    try (Statement st = warehouse.connection().createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT count(*), count(*) FILTER (WHERE sex = 'female') FROM patient WHERE birth_date IS NOT NULL")) {
      rs.next();
      assertThat(m.patientIds()).hasSize(rs.getInt(1));
      double female = 0;
      for (double[] row : m.values()) {
        female += row[1];
      }
      assertThat(female).isEqualTo(rs.getInt(2));
    }
    assertThat(m.columns().size()).isGreaterThan(PatientMatrix.FIRST_CONDITION);
    int billed = 0;
    for (double[] row : m.values()) {
      assertThat(row).doesNotContain(Double.NaN);
      assertThat(row[0]).isBetween(0.0, 120.0);
      billed += row[4] > 0 ? 1 : 0;
    }
    // Every Synthea patient has claims, so every one has a cost per year.
    assertThat(billed).isEqualTo(m.patientIds().size());
  }

  @Test
  void everyMethodSegmentsAndProfilesAreARecountOfTheMembers() {
    for (Segmentation.Method method : Segmentation.Method.values()) {
      Segmentation.Result r =
          Segmentation.run(warehouse.connection(), Segmentation.Options.defaults(method));
      int n = r.matrix().patientIds().size();
      assertThat(r.clustering().labels()).hasSize(n);
      assertThat(r.profiles().stream().mapToInt(SegmentProfile::size).sum())
          .as(method.name())
          .isEqualTo(n);
      if (method == Segmentation.Method.KMEANS || method == Segmentation.Method.GOWER) {
        assertThat(r.clustering().k()).isBetween(2, 6);
        assertThat(r.clustering().silhouette()).isBetween(-1.0, 1.0);
      }
      for (SegmentProfile p : r.profiles()) {
        List<Integer> members =
            java.util.stream.IntStream.range(0, n)
                .filter(i -> r.clustering().labels()[i] == p.segment())
                .boxed()
                .toList();
        assertThat(p.meanAge())
            .isCloseTo(
                members.stream()
                    .mapToDouble(i -> r.matrix().values()[i][0])
                    .average()
                    .orElseThrow(),
                within(1e-9));
        for (SegmentProfile.Distinctive d : p.distinctive()) {
          long inSeg =
              members.stream()
                  .filter(i -> r.matrix().conditions().get(i).contains(d.code()))
                  .count();
          long all = r.matrix().conditions().stream().filter(s -> s.contains(d.code())).count();
          assertThat(d.prevalence()).isCloseTo(inSeg / (double) members.size(), within(1e-12));
          assertThat(d.ratio())
              .isCloseTo((inSeg / (double) members.size()) / (all / (double) n), within(1e-9))
              .isGreaterThan(1);
        }
      }
    }
  }

  @Test
  void theSameSeedGivesTheSameSegments() {
    Segmentation.Result a =
        Segmentation.run(
            warehouse.connection(), Segmentation.Options.defaults(Segmentation.Method.KMEANS));
    Segmentation.Result b =
        Segmentation.run(
            warehouse.connection(), Segmentation.Options.defaults(Segmentation.Method.KMEANS));
    assertThat(AdjustedRand.index(a.clustering().labels(), b.clustering().labels())).isEqualTo(1.0);
  }
}
