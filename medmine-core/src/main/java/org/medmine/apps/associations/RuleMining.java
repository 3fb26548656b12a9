package org.medmine.apps.associations;

import java.sql.Connection;
import java.util.List;
import org.medmine.mining.rules.AssociationRule;
import org.medmine.mining.rules.AssociationRules;
import org.medmine.mining.rules.FpGrowth;
import org.medmine.mining.rules.Itemset;
import org.medmine.mining.rules.RuleOptions;
import org.medmine.model.MedmineUserException;

/**
 * One association-rule run over the warehouse: the transactions of a kind, FP-Growth, rules,
 * filters. The result carries its parameters and the transaction count, so it can be reproduced.
 */
public final class RuleMining {
  private RuleMining() {}

  /**
   * The run's parameters.
   *
   * @param kind what a transaction is
   * @param minSupport minimum support of an itemset, a fraction of transactions
   * @param minConfidence minimum confidence of a rule
   * @param minLift minimum lift of a rule
   * @param maxItemSupport items more frequent than this are trivial and left out of rules
   * @param maxLength the longest itemset
   * @param consequentFamily a code family the consequent must belong to (see {@link
   *     Transactions#family}), or null
   * @param includeFindings whether a patient's conditions include SNOMED CT findings and situations
   *     (employment, stress; see {@link org.medmine.model.SnomedSemanticTag}) or only disorders
   */
  public record Options(
      Transactions.Kind kind,
      double minSupport,
      double minConfidence,
      double minLift,
      double maxItemSupport,
      int maxLength,
      String consequentFamily,
      boolean includeFindings) {
    public Options {
      if (!(minSupport > 0 && minSupport <= 1)) {
        throw new MedmineUserException(
            "--min-support must be a fraction in (0, 1], not " + minSupport + ".");
      }
      if (minConfidence < 0 || minConfidence > 1) {
        throw new MedmineUserException(
            "--min-confidence must be a fraction in [0, 1], not " + minConfidence + ".");
      }
      if (maxLength < 1 || maxLength > 12) {
        throw new MedmineUserException(
            "--max-length must be between 1 and 12, not " + maxLength + ".");
      }
    }

    /** These parameters for transactions of another kind. */
    public Options withKind(Transactions.Kind other) {
      return new Options(
          other,
          minSupport,
          minConfidence,
          minLift,
          maxItemSupport,
          maxLength,
          consequentFamily,
          includeFindings);
    }

    /**
     * Patients' disorders, support 0.2, confidence 0.6, lift above 1, items in over 90% trivial,
     * length 4.
     */
    public static Options defaults() {
      return new Options(
          Transactions.Kind.PATIENT_CONDITIONS, 0.2, 0.6, 1.000001, 0.9, 4, null, false);
    }
  }

  /** What a run found. */
  public record Result(
      Options options,
      Transactions transactions,
      List<Itemset> itemsets,
      List<AssociationRule> rules) {
    public int transactionCount() {
      return transactions.transactions().size();
    }
  }

  public static Result run(Connection warehouse, Options options) {
    return mine(Transactions.read(warehouse, options.kind(), options.includeFindings()), options);
  }

  /** Mines transactions already read (a table's rows, {@link TableTransactions}). */
  public static Result mine(Transactions t, Options options) {
    List<Itemset> itemsets =
        new FpGrowth(options.minSupport(), options.maxLength()).mine(t.transactions());
    RuleOptions ro =
        new RuleOptions(
            options.minConfidence(),
            options.minLift(),
            options.maxItemSupport(),
            options.consequentFamily() == null ? null : t.family(options.consequentFamily()),
            1);
    List<AssociationRule> rules = AssociationRules.generate(itemsets, t.transactions().size(), ro);
    return new Result(options, t, itemsets, rules);
  }
}
