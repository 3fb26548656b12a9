package org.medmine.apps.associations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmine.mining.rules.AssociationRule;
import org.medmine.model.MedmineUserException;

/** Rows of a hand-made table as transactions, through DuckDB's reader as {@code learn} reads. */
class TableTransactionsTest {
  @TempDir Path dir;

  @Test
  void eachRowIsATransactionOfColumnValuesWithNumbersCutAtTheirQuartiles() throws Exception {
    Path csv = dir.resolve("visits.csv");
    // age 10.5..80.5 (numbers, not ordinal levels): the 25th, 50th and 75th percentiles as values
    // of
    // the column (the smallest value with at least that share at or below it) are 20.5, 40.5, 60.5.
    Files.writeString(
        csv,
        "id,smoker,age,copd\n"
            + "1,yes,10.5,yes\n"
            + "2,yes,20.5,yes\n"
            + "3,no,30.5,no\n"
            + "4,?,40.5,no\n"
            + "5,yes,50.5,yes\n"
            + "6,no,60.5,no\n"
            + "7,yes,70.5,yes\n"
            + "8,no,80.5,NA\n");
    Transactions t = TableTransactions.read(csv, List.of("smoker", "age", "copd"), "256MB");
    assertThat(t.kind()).isEqualTo(Transactions.Kind.TABLE_ROWS);
    assertThat(t.transactions())
        .containsExactly(
            List.of("smoker=yes", "age<=20.5", "copd=yes"),
            List.of("smoker=yes", "age<=20.5", "copd=yes"),
            List.of("smoker=no", "20.5<age<=40.5", "copd=no"),
            List.of("20.5<age<=40.5", "copd=no"),
            List.of("smoker=yes", "40.5<age<=60.5", "copd=yes"),
            List.of("smoker=no", "40.5<age<=60.5", "copd=no"),
            List.of("smoker=yes", "age>60.5", "copd=yes"),
            List.of("smoker=no", "age>60.5"));
  }

  @Test
  void rulesOnTheRowsCountAsTheTableSays() throws Exception {
    Path tsv = dir.resolve("t.tsv");
    StringBuilder b = new StringBuilder("smoker\tcopd\n");
    // 30 smokers of whom 24 have COPD; 70 non-smokers of whom 7 have COPD.
    for (int i = 0; i < 100; i++) {
      boolean smoker = i < 30;
      boolean copd = smoker ? i < 24 : i >= 93;
      b.append(smoker ? "yes" : "no").append('\t').append(copd ? "yes" : "no").append('\n');
    }
    Files.writeString(tsv, b.toString());
    RuleMining.Options o = RuleMining.Options.defaults().withKind(Transactions.Kind.TABLE_ROWS);
    RuleMining.Result r =
        RuleMining.mine(TableTransactions.read(tsv, List.of("smoker", "copd"), "256MB"), o);
    AssociationRule rule =
        r.rules().stream()
            .filter(a -> a.antecedent().equals(List.of("smoker=yes")))
            .filter(a -> a.consequent().equals(List.of("copd=yes")))
            .findFirst()
            .orElseThrow();
    assertThat(r.transactionCount()).isEqualTo(100);
    assertThat(rule.count()).isEqualTo(24);
    assertThat(rule.confidence()).isEqualTo(24 / 30.0);
    assertThat(rule.lift())
        .isCloseTo((24 / 30.0) / (31 / 100.0), org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void anUnknownColumnOrNoColumnIsOneSentence() throws Exception {
    Path csv = dir.resolve("a.csv");
    Files.writeString(csv, "a,b\n1,2\n3,4\n");
    assertThatThrownBy(() -> TableTransactions.read(csv, List.of("a", "c"), "256MB"))
        .isInstanceOf(MedmineUserException.class)
        .hasMessage("The table " + csv + " has no column 'c': give --items one of a, b.");
    assertThatThrownBy(() -> TableTransactions.read(csv, List.of(), "256MB"))
        .isInstanceOf(MedmineUserException.class)
        .hasMessageContaining("give --items COL,...");
    assertThatThrownBy(() -> Transactions.read(null, Transactions.Kind.TABLE_ROWS, false))
        .isInstanceOf(MedmineUserException.class);
  }
}
