package org.medmine.quality.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Clustering without chaining: links strongest first, never joining clusters that hold a conflict.
 */
class ConstrainedClusteringTest {
  @Test
  void aChainThroughOneRecordDoesNotJoinTwoRecordsThatConflict() {
    // A~B (0.99) and B~C (0.95), but A and C are father and son: transitive closure would merge all
    // three.
    List<ConstrainedClustering.Link> links =
        List.of(
            new ConstrainedClustering.Link(0, 1, 0.99, "a|b"),
            new ConstrainedClustering.Link(1, 2, 0.95, "b|c"));
    int[] clusters =
        ConstrainedClustering.cluster(3, List.of(), links, (x, y) -> x + y == 2 && x != y);
    assertThat(clusters[0]).isEqualTo(clusters[1]);
    assertThat(clusters[2]).isNotEqualTo(clusters[0]);

    int[] unconstrained = ConstrainedClustering.cluster(3, List.of(), links, (x, y) -> false);
    assertThat(unconstrained[0]).isEqualTo(unconstrained[2]);
  }

  @Test
  void aReviewersMergeJoinsDespiteAConflictAndTheStrongestLinkWinsATie() {
    int[] merged =
        ConstrainedClustering.cluster(
            2, List.of(new ConstrainedClustering.Link(0, 1, 1, "")), List.of(), (x, y) -> true);
    assertThat(merged[0]).isEqualTo(merged[1]);
    // B links to A (0.97) and to C (0.96); A and C conflict: B goes with A, the stronger link.
    int[] clusters =
        ConstrainedClustering.cluster(
            3,
            List.of(),
            List.of(
                new ConstrainedClustering.Link(1, 2, 0.96, "b|c"),
                new ConstrainedClustering.Link(0, 1, 0.97, "a|b")),
            (x, y) -> x + y == 2 && x != y);
    assertThat(clusters[1]).isEqualTo(clusters[0]).isNotEqualTo(clusters[2]);
  }
}
