package org.medmine.apps.associations;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.medmine.model.MedmineUserException;

/**
 * What {@link RulesApp} mines ({@link RuleMining.Options}: transactions, thresholds, consequent
 * family, findings) and how many rules and itemsets its text and report show.
 *
 * @param mining the mining parameters
 * @param top rules and itemsets shown in the text and the report (at least 1)
 * @param data a table file whose rows are the transactions ({@link TableTransactions}), or null for
 *     the warehouse's transactions of {@code mining}'s kind
 * @param items with {@code data}, the columns whose values are the items
 */
public record RulesOptions(
    RuleMining.Options mining,
    int top,
    @JsonInclude(JsonInclude.Include.NON_NULL) @JsonSerialize(using = ToStringSerializer.class)
        Path data,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> items) {
  /** The demo's run: a patient's disorders with the default thresholds, 25 rules shown. */
  public static final RulesOptions DEFAULTS = new RulesOptions(RuleMining.Options.defaults(), 25);

  public RulesOptions {
    Objects.requireNonNull(mining, "mining");
    if (top < 1) {
      throw new MedmineUserException("--top must be at least 1 rule, not " + top + ".");
    }
    items = List.copyOf(items);
    if (data != null) {
      mining = mining.withKind(Transactions.Kind.TABLE_ROWS);
    }
    if (data == null && !items.isEmpty()) {
      throw new MedmineUserException(
          "--items names the columns of a table file: give the file with --data FILE.");
    }
  }

  /** The warehouse's transactions of {@code mining}'s kind. */
  public RulesOptions(RuleMining.Options mining, int top) {
    this(mining, top, null, List.of());
  }
}
