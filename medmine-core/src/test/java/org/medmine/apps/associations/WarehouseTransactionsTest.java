package org.medmine.apps.associations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.medmine.mining.rules.FpGrowthTest.asMap;
import static org.medmine.mining.rules.FpGrowthTest.levelWise;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.mining.rules.AssociationRule;
import org.medmine.mining.rules.AssociationRules;
import org.medmine.mining.rules.FpGrowth;
import org.medmine.mining.rules.Itemset;
import org.medmine.mining.rules.RuleOptions;
import org.medmine.testing.SmallWarehouse;
import org.medmine.warehouse.Warehouse;

/**
 * FP-Growth on the warehouse's transactions of every kind: its itemsets equal level-wise counts,
 * and trivial items and weak rules are filtered (moved here from the mining package's FpGrowthTest:
 * reading transactions is the app's).
 */
class WarehouseTransactionsTest {
  @TempDir Path dir;

  @Test
  void itemsetsEqualLevelWiseCountsOnWarehouseTransactions() {
    try (Warehouse w = SmallWarehouse.copy(dir, "rules.duckdb")) {
      for (Transactions.Kind kind : Transactions.Kind.ofWarehouse()) {
        Transactions t = Transactions.read(w.connection(), kind);
        assertThat(t.transactions()).as(kind.name()).hasSizeGreaterThan(15);
        FpGrowth fp = new FpGrowth(kind == Transactions.Kind.PATIENT_CONDITIONS ? 0.3 : 0.05, 4);
        Map<Set<String>, Long> found = asMap(fp.mine(t.transactions()));
        assertThat(found)
            .as(kind.name())
            .hasSizeGreaterThan(10)
            .isEqualTo(levelWise(t.transactions(), fp.minCount(t.transactions().size()), 4));
      }
    }
  }

  @Test
  void trivialItemsAndWeakRulesAreFilteredOnWarehouseData() {
    try (Warehouse w = SmallWarehouse.copy(dir, "rules2.duckdb")) {
      Transactions t = Transactions.read(w.connection(), Transactions.Kind.ENCOUNTER_ORDERS);
      List<Itemset> sets = new FpGrowth(0.02, 3).mine(t.transactions());
      List<AssociationRule> all =
          AssociationRules.generate(sets, t.transactions().size(), RuleOptions.unfiltered(0.5));
      List<AssociationRule> kept =
          AssociationRules.generate(
              sets,
              t.transactions().size(),
              RuleOptions.defaults(0.5).withConsequentFilter(t.family("rxnorm")));
      assertThat(kept).isNotEmpty().hasSizeLessThan(all.size());
      assertThat(kept)
          .allSatisfy(
              r -> {
                assertThat(r.lift()).isGreaterThan(1);
                assertThat(r.confidence()).isGreaterThanOrEqualTo(0.5);
                assertThat(t.systems().get(r.consequent().get(0)))
                    .isEqualTo("http://www.nlm.nih.gov/research/umls/rxnorm");
              });
      // Ranked by lift.
      for (int i = 1; i < kept.size(); i++) {
        assertThat(kept.get(i).lift()).isLessThanOrEqualTo(kept.get(i - 1).lift());
      }
    }
  }
}
