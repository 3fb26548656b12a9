package org.medmine.apps.segments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.ingest.table.MissingTokens;
import org.medmine.ingest.table.TableProfiler;
import org.medmine.ingest.table.TableReader;
import org.medmine.ingest.table.TableSource;
import org.medmine.mining.cluster.Clustering;
import org.medmine.model.MedmineUserException;

/** A hand-made table of two planted groups, segmented as {@code segment --data} does. */
class TableSegmentsTest {
  @TempDir Path dir;

  private TableSegments.Features read(Path file) {
    try (TableSource t = TableSource.open(file, "256MB", MissingTokens.of(List.of()))) {
      TableSegments.Columns c = TableSegments.choose(TableProfiler.profiles(t, t.columns(), null));
      return TableSegments.features(
          TableReader.read(t, c.used(), new TableReader.Roles(null, null, List.of())), c.leftOut());
    }
  }

  @Test
  void twoPlantedGroupsAreFoundAndProfiledAndIdentifiersLeftOut() throws Exception {
    Random random = new Random(7);
    StringBuilder b = new StringBuilder("patient_id,ward,los,crp\n");
    // 40 surgical rows: long stays, high CRP; 60 medical rows: short stays, low CRP; one CRP
    // missing.
    for (int i = 0; i < 100; i++) {
      boolean surgical = i < 40;
      double los = (surgical ? 12 : 3) + random.nextGaussian();
      String crp =
          i == 99 ? "NA" : String.valueOf((surgical ? 90 : 10) + 5 * random.nextGaussian());
      b.append("P").append(i).append(',').append(surgical ? "surgery" : "medicine").append(',');
      b.append(los).append(',').append(crp).append('\n');
    }
    Path csv = dir.resolve("stays.csv");
    Files.writeString(csv, b.toString());
    TableSegments.Features f = read(csv);
    assertThat(f.leftOut()).extracting(TableSegments.LeftOut::column).containsExactly("patient_id");
    assertThat(f.columns()).extracting(c -> c.name()).containsExactly("ward", "los", "crp");
    Clustering c =
        Segmentation.cluster(f.matrix(), Segmentation.Options.defaults(Segmentation.Method.KMEANS));
    assertThat(c.k()).isEqualTo(2);
    int[] labels = c.labels();
    for (int i = 1; i < 100; i++) {
      assertThat(labels[i] == labels[0]).as("row %d with row 0", i).isEqualTo(i < 40);
    }
    assertThat(f.matrix().patientIds().get(0)).isEqualTo("2"); // the file line of the first row
    List<TableSegmentProfile> profiles = TableSegments.profiles(f.matrix(), labels);
    TableSegmentProfile surgical = profiles.get(labels[0]);
    assertThat(surgical.size()).isEqualTo(40);
    assertThat(surgical.distinctiveCategories())
        .extracting(s -> s.feature() + "=" + s.category())
        .containsExactly("ward=surgery");
    assertThat(surgical.distinctiveCategories().get(0).share()).isEqualTo(1.0);
    assertThat(surgical.distinctiveCategories().get(0).overall()).isEqualTo(0.4);
    TableSegmentProfile.ColumnMean los =
        surgical.means().stream().filter(m -> m.column().equals("los")).findFirst().orElseThrow();
    double sum = 0;
    for (int i = 0; i < 40; i++) {
      sum += f.matrix().values()[i][1];
    }
    assertThat(los.mean()).isCloseTo(sum / 40, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(los.difference()).isGreaterThan(0.5);
  }

  @Test
  void aTableOfIdentifiersOnlyIsOneSentence() throws Exception {
    Path csv = dir.resolve("ids.csv");
    Files.writeString(csv, "id,record_id\n1,a\n2,b\n");
    assertThatThrownBy(() -> read(csv))
        .isInstanceOf(MedmineUserException.class)
        .hasMessageStartingWith("No column of the table is left to segment on");
  }
}
